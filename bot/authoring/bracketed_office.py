"""An office written out with its short form in brackets right before a name: "Prime
Minister (PM) Ada Obi", "Inspector-General of Police (IGP) Jo Lee". The bracket closes the
run of capitalised words, so the office is not read as the name's title otherwise."""

from __future__ import annotations

import re

__all__ = ["office_with_short_form"]

# "Director of Criminal Investigations (DCI) " right before the name: capitalised words
# (with "of", "for", "and", "the" between them), then their letters in brackets.
_OFFICE_THEN_LETTERS = re.compile(
    r"(?P<office>[A-Z][\w’'-]*(?: (?:(?:of|for|and|the) )*[A-Z][\w’'-]*){0,6})"
    r" \((?P<letters>[A-Z]{2,6})\) $"
)
_LINK_WORDS = frozenset({"of", "for", "and", "the"})


def _initials(words: list[str]) -> str:
    """The capitals an office's short form takes from its words: one per word, two or more
    for a hyphenated one ("Inspector-General" -> "IG")."""
    out = ""
    for word in words:
        if word in _LINK_WORDS:
            continue
        out += "".join(part[0] for part in word.split("-") if part[:1].isupper())
    return out


def office_with_short_form(text: str, start: int, floor: int) -> str | None:
    """The office right before a name at `start` when its bracketed short form spells the
    office's last words' initials ("Prime Minister (PM) Ada Obi" -> "Prime Minister";
    "Lilongwe District Health Office (DHO)" -> "District Health Office"); None when the
    letters are not the words' ("Labour (ANC)") or nothing is there."""
    match = _OFFICE_THEN_LETTERS.search(text, max(floor, start - 90), start)
    if match is None:
        return None
    words = match.group("office").split()
    letters = match.group("letters")
    for first in range(len(words)):
        if words[first] in _LINK_WORDS:
            continue
        if _initials(words[first:]) == letters:
            return " ".join(words[first:])
    return None
