"""A long post between a quote and its speaker's name, the name then its verb (round 46).

`“...,” the state governor’s Chief Press Secretary Ada Obi said.`, `“...,” local chief of
police operations Budi said.`, `“...,” The Head of Mitigation at the agency Jo Lee said.`:
after the quote, a run of words naming a post (lowercase or mixed, with "of", "at", a
possessive) runs straight into the name, and the name into its speech verb. Such a run is
no list of titles, so it was read as a clause of its own; with a role noun in it, nothing
that breaks it (a comma, a colon, a mark, a bracket) and no verb of speech, it is the
speaker's post. Unless the name is the object of a preposition ending the run, bare or
with a role after it: "“...,” a lawyer for Jo Lee said", "a spokesman for Mayor Jo Lee
said" are the lawyer's and the spokesman's words, not Jo Lee's.
"""

from __future__ import annotations

import re

from bot.authoring.role_noun import has_role_noun
from bot.authoring.roles import DETERMINERS, FUNCTION_WORDS, is_role_noun

__all__ = ["post_lead"]

_LONGEST = 14
_BREAKS = re.compile(r"[,;:()\[\]“”\"«»!?—–]|\s-\s")
# A post opens with a determiner, an adjective or a title; a run opening with any other
# small word ("after", "while", "is") is a clause.
_OPENERS_ALLOWED = DETERMINERS - {"that", "this", "another"}
# Prepositions whose object may be the person a post serves or stands beside.
_PERSON_PREPOSITIONS = frozenset(
    {"for", "of", "to", "with", "by", "from", "against", "representing", "behind"}
)


def _names_its_object(words: list[str]) -> bool:
    """Whether the run ends with a preposition, bare or followed by a role ("for", "for
    Mayor", "of the late president"): the name after it is that preposition's object."""
    lowered = [w.casefold() for w in words]
    at = max((i for i, w in enumerate(lowered) if w in _PERSON_PREPOSITIONS), default=-1)
    if at < 0:
        return False
    rest = [w for w in lowered[at + 1 :] if w not in DETERMINERS]
    return not rest or is_role_noun(rest[-1])


def post_lead(lead: str, verb: re.Pattern[str]) -> bool:
    """Whether `lead` (between a quote's end and a name) is a speaker's post: at most 14
    words, a role noun among them, opening with no clause word, nothing breaking it and no
    verb of speech in it."""
    words = lead.split()
    if not words or len(words) > _LONGEST or _BREAKS.search(lead) or verb.search(lead):
        return False
    first = words[0].casefold()
    if first in FUNCTION_WORDS and first not in _OPENERS_ALLOWED:
        return False
    return has_role_noun(lead) and not _names_its_object(words)
