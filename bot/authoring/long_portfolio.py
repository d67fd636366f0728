"""A lowercase role "of" or "for" a portfolio of several lowercase words, right before a name.

"director of the president's press office Victoras Papadopoulos said", "Former deputy
minister of international trade and industry Ong Kian Ming", "councillor and member of the
mayoral committee for safety Helen Neale-May warned": news prose puts a long lowercase office
before the name, with no comma. `roles.role_of_before` reads a portfolio of one to three
plain words ("head of news", "director of highways and transportation"); this reads the
longer ones, in two shapes only, so that the name after them is never a person the portfolio
names ("the lawyer for the victim Jo Roe" names the victim, not the lawyer):

- "the" and up to six lowercase words ending on a body's noun ("office", "committee",
  "unit"), which is nobody's name, perhaps followed by "for" or "on" and one or two words of
  its field ("the mayoral committee for safety");
- four to six lowercase words without "the" that "and" joins ("international trade and
  industry"): two fields of one office.

The role noun before "of" is read with its modifiers and a role joined by "and"
(`roles.role_before`); capitalised, it counts only where the sentence opens.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import SPEECH_VERBS, words
from bot.authoring.roles import FUNCTION_WORDS, KIN, role_before

__all__ = ["long_portfolio_before"]

_LONG_PORTFOLIO = re.compile(
    r"(?:^|(?<=[\s,;:(“\"]))(?P<noun>[A-Za-z][a-z-]*) (?P<link>of|for) "
    r"(?P<portfolio>(?:[a-z][\w’'-]* ){3,8})$"
)
# Lowercase nouns of a body or a unit that people serve or head: never a person's name.
_BODY_NOUNS = words(
    """office committee commission council board bureau unit department ministry agency
    authority service division branch directorate secretariat cabinet government
    administration municipality parliament assembly senate court tribunal panel taskforce
    team party union association federation organisation organization institute
    company corporation firm bank fund foundation trust programme program campaign hospital
    school college university"""
)
# The words a field after a body may open with: "the committee for safety", "the panel on
# ethics".
_FIELD_LINKS = frozenset({"for", "on"})
_JOINS = frozenset({"and", "&"})
# Endings of adverbs ("recently", "newly"), not of nouns in "-ly" ("supply", "assembly").
_ADVERB_ENDINGS = (
    "ally",
    "ently",
    "antly",
    "ously",
    "ately",
    "ively",
    "ingly",
    "fully",
    "edly",
    "newly",
)


def long_portfolio_before(text: str, start: int, floor: int) -> str | None:
    """The role in "director of the president's press office NAME" (the name at
    text[start]), or None when the words before the name are no such office."""
    match = _LONG_PORTFOLIO.search(text, max(floor, start - 140), start)
    if match is None:
        return None
    portfolio = match.group("portfolio").split()
    if not (_body_portfolio(portfolio) or _joined_fields(portfolio)):
        return None
    noun = match.group("noun")
    if noun[0].isupper() and text[floor : match.start("noun")].strip():
        return None  # "Director of ..." is an office's title in capitals but where it opens
    if noun.casefold() in KIN:
        return None  # "the mother of the ...": a relation, no office
    head = role_before(text, match.start("link"), floor)
    if head is None or not head.endswith(noun):
        return None  # the word before "of" is no role noun ("the roof of the town hall")
    return f"{head} {match.group('link')} {' '.join(portfolio)}"


def _plain(word: str) -> bool:
    """A lowercase word that may stand in a portfolio: no function word, verb of speech,
    adverb or past form ("the office said Jo Lee", "the unit recently hired Jo Lee")."""
    low = word.removesuffix("’s").removesuffix("'s")
    if low in FUNCTION_WORDS or low in SPEECH_VERBS:
        return False
    return low.isalpha() and not low.endswith((*_ADVERB_ENDINGS, "ed"))


def _body_portfolio(portfolio: list[str]) -> bool:
    """ "the president's press office", "the mayoral committee for safety": "the", then
    plain words ending on a body's noun, perhaps then "for"/"on" and one or two plain words."""
    if portfolio[0] != "the":
        return False
    rest = portfolio[1:]
    link = next((k for k, w in enumerate(rest) if w in _FIELD_LINKS), None)
    body, field = (rest, []) if link is None else (rest[:link], rest[link + 1 :])
    if not body or len(body) > 6 or body[-1] not in _BODY_NOUNS:
        return False
    if link is not None and not 1 <= len(field) <= 2:
        return False
    return all(_plain(w) for w in [*body, *field])


def _joined_fields(portfolio: list[str]) -> bool:
    """ "international trade and industry": four to six plain words, one "and" between them."""
    joins = [k for k, w in enumerate(portfolio) if w in _JOINS]
    if not 4 <= len(portfolio) <= 6 or len(joins) != 1 or joins[0] in (0, len(portfolio) - 1):
        return False
    return all(_plain(w) for k, w in enumerate(portfolio) if k != joins[0])
