"""The role in a sentence that opens by describing its subject before naming it.

"A tomato dealer at the Garki Market, Enugu, Mr Garba Adamu, attributed ...", "A customer at
the Ogbete Market, Mrs Anthonia Ojinaka, said ...": an indefinite noun phrase set off by a
comma, then the name closed by a comma, is an apposition that tells who the person is. News
writes any trade or station this way, so the head noun is read by its form (an agent noun in
"-er", "-or", "-ist", "-ian") as well as from the role nouns.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words
from bot.authoring.roles import is_role_noun

__all__ = ["described_role_before"]

# "A ROLE", perhaps "at/of/in/for/with/from the Body Name", perhaps ", Town", then ", " and
# the name (with its courtesy title, which the caller passes over).
_LEAD = re.compile(
    r"(?:A|An) (?P<role>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z][\w-]*)"
    r"(?P<body> (?:at|of|in|for|with|from) (?:the )?[A-Z][\w’'&.-]*"
    r"(?: (?:of |and |& |the )*[A-Z][\w’'&.-]*){0,5})?)"
    r"(?:, (?P<town>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?))?"
    r", (?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Alhaji|Alhaja|Chief)\.? )?$"
)
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
# Words of those forms that name no one ("A number of ...", "A quarter of ...").
_NOT_AGENTS = words(
    """number quarter order matter letter corner border water winter summer paper chapter
    power tower dinner river answer center character cluster layer manner banner cover
    register other another further either neither rather after later never together over
    under wonder murder disorder barrier container sector factor error mirror horror floor
    door flavor flavour favor favour labor labour motor vector major minor interior exterior
    junior senior superior inferior poster sticker trailer thriller blockbuster semester
    trimester
    """
)
_WORD_BEFORE = re.compile(r"[\w’'-]+\s*$")


def _agent_noun(word: str) -> bool:
    return is_role_noun(word) or (word not in _NOT_AGENTS and _AGENT.fullmatch(word) is not None)


def described_role_before(text: str, start: int, floor: int, end: int) -> str | None:
    """The role of the name at text[start:end] when its sentence (from `floor`) opens "A
    ROLE[ at the BODY][, Town], NAME," ("tomato dealer at the Garki Market, Enugu"); None
    when the name is one word or not closed by a comma, the phrase holds a verb or a
    clause, or its head is no agent or role noun ("A day later, Jo Lee, ...")."""
    if not text.startswith(",", end) or " " not in text[start:end].strip():
        return None  # a one-word "name" here is the town ("..., Enugu, Mr Garba Adamu,")
    lead = _LEAD.fullmatch(text, floor, start)
    if lead is None or not _agent_noun(lead.group("head")):
        return None
    if lead.group("town") and not lead.group("body"):
        return None  # "A trader, Musa, Ada Obi,": two names, not a place
    return lead.group("role")
