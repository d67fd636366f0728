"""Surnames that are place words: "Ronnie Scotland", then "Scotland said"; "Jorge Costa" in
the headline, then "Costa added" in the text.

A place's word alone before a verb of speech is read as the place ("Ireland said it would
...", a government's voice). When the article names a person with a given name and that word
as the surname, the word alone is that person's surname, as English news writes a
surname on second reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.authoring.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    TITLE_WORDS,
)
from bot.authoring.namesakes import is_given_name

__all__ = ["place_surnames"]

# Capitalised words that are no given name: titles, offices, bodies' and places' words.
_NO_GIVEN_NAMES = (
    NOT_NAMES | TITLE_WORDS | HONORIFICS | OFFICE_WORDS | ORG_KEYWORDS | PLACE_KEYWORDS
) | SENTENCE_STARTERS
_LOWERCASE_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
# A given name and a surname, with no capitalised word after them ("Jorge Costa", not the
# "Costa Rica" of "San José, Costa Rica").
_TWO_WORDS = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w’'-])(?! [A-Z])")


def place_surnames(
    texts: Iterable[str], place_words: frozenset[str], places: frozenset[str]
) -> frozenset[str]:
    """The place words the article gives a person as a surname: the second of two words
    whose first is a given name and no place's word, and which together name no place. A
    given name the nicknames table lacks ("Jorge", "Brett") counts when it is no title's,
    office's, body's or place's word and the article never writes it in lowercase."""
    texts = list(texts)
    lowercase = {w for text in texts for w in _LOWERCASE_WORD.findall(text)}
    found: set[str] = set()
    for text in texts:
        for match in _TWO_WORDS.finditer(text):
            given, surname = match.groups()
            if (
                surname in place_words
                and given not in place_words
                and match.group() not in places
                and (is_given_name(given) or _given_name_word(given, lowercase))
            ):
                found.add(surname)
    return frozenset(found)


def _given_name_word(word: str, lowercase: set[str]) -> bool:
    return (
        word not in _NO_GIVEN_NAMES
        and word.casefold() not in ROLE_NOUNS
        and word.casefold() not in lowercase
    )
