"""Every given name a caption or a headline writes before a surname.

A person the text names by surname only ("Foreign Minister Shrestha") takes the full name a
dropped caption gives ("... Minister for Foreign Affairs Narayan Kaji Shrestha"). Names of
three words or more are common in South Asian, Spanish and Portuguese news ("Narayan Kaji
Shrestha", "Pradeep Kumar Das"): taking only the word right before the surname cuts the name
("Kaji Shrestha"), so the drafter gives the quotes to a name nobody bears. The capitalised
words right before the surname are read back while they can be given names: no office,
title, body or place word, no sentence opener, and at most three of them.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    REGIONS,
    SENTENCE_STARTERS,
    TITLE_WORDS,
)

__all__ = ["MAX_GIVEN_NAMES", "given_names_before"]

MAX_GIVEN_NAMES = 3  # "Luiz Inácio Lula": with the surname, the four words a name may have
_LOWERCASE_WORD = re.compile(r"(?<![\w’'-])[a-z]{4,}(?![\w’'-])")
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]+) $")
_NO_GIVEN_NAME = (
    NOT_NAMES
    | TITLE_WORDS
    | HONORIFICS
    | OFFICE_WORDS
    | ORG_KEYWORDS
    | PLACE_KEYWORDS
    | SENTENCE_STARTERS
    | DEMONYMS
    | COUNTRIES
    | CITIES
    | REGIONS
)


def _can_be_given_name(word: str) -> bool:
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Kenya's Jo Lee": a possessive, whose name comes after it
    return word not in _NO_GIVEN_NAME and not word.isupper()


def _title_case(text: str) -> bool:
    """Whether a line has no lowercase word of four letters or more, as a headline in title
    case ("Protesters Greet Jo Lee"), whose verbs look like names, or a bare name."""
    return _LOWERCASE_WORD.search(text) is None


def given_names_before(text: str, at: int) -> list[str]:
    """The given names written right before text[at] (a surname), nearest last: ["Narayan",
    "Kaji"] in "Minister for Foreign Affairs Narayan Kaji Shrestha"; [] when the word before
    is an office, a title, a body, a place or a sentence opener ("Minister Shrestha"), or
    when the line is in title case ("Protesters Greet Jo Lee")."""
    if _title_case(text):
        return []
    names: list[str] = []
    end = at
    while len(names) < MAX_GIVEN_NAMES:
        match = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if match is None or not _can_be_given_name(match.group(1)):
            break
        names.insert(0, match.group(1))
        end = match.start()
    return names
