"""Each name in a list after an office written in the plural, anywhere in its sentence.

`Deputy Public Prosecutors Ann Roe and Bo Lee asked for the maximum fine`, `his confidence
in Ministers K. Roe and Bo Lee`, `Police Constables Ann Roe, Bo Lee and Cy Poe were hurt`,
`Justices of the Peace Ann Roe, Bo Lee and Cy Poe were absent`: the office, capitalised and
in the plural (with the capitalised words that qualify it, and "of the Peace"), covers every
name listed after it, not only the first. Only offices held by many at once count ("Kings",
"Rangers" open no list), only before a list of names, and only for a name given in full (a
surname alone may be someone named before).
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import TITLE_WORDS, words

__all__ = ["plural_office_before"]

# Offices held by many at once, whose plural opens a list of their holders.
_SHARED_OFFICES = words(
    "councillor councilor senator minister commissioner governor mayor judge justice"
    " representative officer inspector sergeant constable detective premier prosecutor"
    " magistrate"
)
_OFFICE_LIST = re.compile(
    r"(?<![\w’'])(?P<quals>(?:[A-Z][a-z]+ ){0,3})(?P<office>[A-Z][a-z]+)s"
    r"(?P<of> of the [A-Z][a-z]+)? (?P<list>(?:[A-Z][\w’'.-]*|and|,|\s)*)$"
)
# What follows the office is a list: a name, then a comma or "and".
_NAMES_LISTED = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:,| and) ")
_FULL_NAME = re.compile(r"[A-Z][\w’'.-]*\.? ?[A-Z][\w’'-]+")
# Where a listed item ends: a comma, "and", or the end of the clause.
_ITEM_END = re.compile(r",| and |[.;:!?]")
_ARTICLES = ("The ", "A ", "An ")


def plural_office_before(text: str, start: int, floor: int) -> str | None:
    """The office, singular, of the name at `start` when it is listed after the office in
    the plural: "Police Constables Ann Roe, Bo Lee and Cy Poe" gives Bo Lee "Police
    Constable"; None when the name is not in such a list."""
    if not _FULL_NAME.match(text, start):
        return None
    item = _ITEM_END.split(text[start : start + 80], maxsplit=1)[0].split()
    if any(word.rstrip(".") in TITLE_WORDS for word in item[:-1]):
        return None  # "and Special Constable Cy Poe": a title of the name's own
    match = _OFFICE_LIST.search(text, max(floor, start - 200), start)
    if match is None:
        return None
    office = match.group("office")
    if office not in TITLE_WORDS or office.casefold() not in _SHARED_OFFICES:
        return None
    if not _NAMES_LISTED.match(text, match.start("list")):
        return None
    if start != match.start("list") and not text.endswith((", ", " and "), 0, start):
        return None  # "K. Ann and Bo Lee" read as "Ann Lee": not an item of the list
    quals = match.group("quals")
    for article in _ARTICLES:
        quals = quals.removeprefix(article)  # "The Ministers ...": the sentence's article
    return f"{quals}{office}{match.group('of') or ''}"
