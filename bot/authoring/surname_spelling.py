"""A person whose surname the page spells two ways takes the spelling it prints most.

"Heather Humphries" in one paragraph, "Minister Humphreys" in the next and "Heather
Humphreys" in two photo captions: the drafter already reads the forms as one person
(`canonical_names.misspelt_surname`), under the full name it found first. When the page
prints the full name with the other spelling more often (captions count: they name people
with care), that spelling is the person's. A tie, or the other spelling printed only alone
("Humphreys"), leaves the name as it is: over the labeled pages the labels follow the full
name found in every such case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.canonical_names import misspelt_surname

__all__ = ["most_printed_spelling"]

MIN_NAME_WORDS = 2


def _printed(name: str, texts: Sequence[str]) -> int:
    written = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    return sum(len(written.findall(text)) for text in texts if name in text)


def most_printed_spelling(name: str, aliases: Sequence[str], texts: Sequence[str]) -> str:
    """`name`, or the same name with an alias's other spelling of the surname when the texts
    print that full name more often than `name`."""
    words = name.split()
    if len(words) < MIN_NAME_WORDS:
        return name
    surname = words[-1]
    spellings = {
        alias.split()[-1]
        for alias in aliases
        if alias.split()[-1].casefold() != surname.casefold()
        and misspelt_surname(alias.split()[-1], surname)
    }
    best, most = name, _printed(name, texts)
    for spelling in sorted(spellings):
        other = " ".join([*words[:-1], spelling])
        count = _printed(other, texts)
        if count > most:
            best, most = other, count
    return best
