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
_PLURAL_OFFICE = re.compile(r"(?<![\w’'])(?P<office>[A-Z][a-z]+)s(?P<of> of the [A-Z][a-z]+)? ")
# From the office to the name: names, commas and "and" only.
_LIST_SO_FAR = re.compile(r"(?:[A-Z][\w’'.-]*|and|,|\s)*")
# The capitalised words that qualify the office ("Deputy Public", "Police").
_QUALIFIERS = re.compile(r"(?<![\w’'])(?:[A-Z][a-z]+ ){1,3}$")
# What follows the office is a list: a name, then a comma or "and".
_NAMES_LISTED = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:,| and) ")
_FULL_NAME = re.compile(r"[A-Z][\w’'.-]*\.? ?[A-Z][\w’'-]+")
# Where a listed item ends: a comma, "and", or the end of the clause.
_ITEM_END = re.compile(r",| and |[.;:!?]")
# "ConstableCy": a title glued to the given name by a slip of the page.
_GLUED_TITLE = re.compile(r"[A-Z][a-z]+(?=[A-Z][a-z])")
_ARTICLES = ("The ", "A ", "An ")


def _glued_title(word: str) -> bool:
    """ "ConstableCy": a title glued to the given name ("McCabe" is a name)."""
    glued = _GLUED_TITLE.match(word)
    return glued is not None and glued.group() in TITLE_WORDS


def plural_office_before(text: str, start: int, floor: int) -> str | None:
    """The office, singular, of the name at `start` when it is listed after the office in
    the plural: "Police Constables Ann Roe, Bo Lee and Cy Poe" gives Bo Lee "Police
    Constable"; None when the name is not in such a list."""
    if not _FULL_NAME.match(text, start):
        return None
    item = _ITEM_END.split(text[start : start + 80], maxsplit=1)[0].split()
    if any(word.rstrip(".") in TITLE_WORDS or _glued_title(word) for word in item[:-1]):
        return None  # "and Special Constable Cy Poe": a title of the name's own
    match = None
    for found in _PLURAL_OFFICE.finditer(text, max(floor, start - 200), start):
        office = found.group("office")
        if office not in TITLE_WORDS or office.casefold() not in _SHARED_OFFICES:
            continue
        if _LIST_SO_FAR.fullmatch(text, found.end(), start):
            match = found
            break
    if match is None or not _NAMES_LISTED.match(text, match.end()):
        return None
    if start != match.end() and not text.endswith((", ", " and "), 0, start):
        return None  # "K. Ann and Bo Lee" read as "Ann Lee": not an item of the list
    quals = _QUALIFIERS.search(text, max(floor, match.start() - 40), match.start())
    qualifiers = quals.group() if quals else ""
    for article in _ARTICLES:
        qualifiers = qualifiers.removeprefix(article)  # "The Ministers": the sentence's
    return f"{qualifiers}{match.group('office')}{match.group('of') or ''}"
