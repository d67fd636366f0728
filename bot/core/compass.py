"""A part of a place named by a compass word before it: "eastern ukraine", "the east of
ukraine", "north pacific".

This module only splits the compass words from the place and knows the names that look like
such a part but are another place ("Northern Ireland" is not in Ireland, "South Sudan" not in
Sudan); matching decides whether the place is the answer and the whole is no other answer.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["OTHER_PLACES", "inside", "place_after_compass"]

_COMPASS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast "  # noqa: SIM905
    "southwest northeastern northwestern southeastern southwestern far".split()
)
_DIRECTIONS = frozenset({"north", "south", "east", "west"})
_PARTS = frozenset({"part", "parts", "side", "half", "region"})

OTHER_PLACES = frozenset(
    (
        "northern ireland",
        "northern cyprus",
        "north cyprus",
        "west virginia",
        "north carolina",
        "south carolina",
        "north dakota",
        "south dakota",
        "east germany",
        "west germany",
        "north vietnam",
        "south vietnam",
        "north yemen",
        "south yemen",
        "south ossetia",
        "north ossetia",
        "west papua",
        "west bank",
        "east timor",
        "south tyrol",
        "east prussia",
        "west prussia",
        # the island region of Oceania, not the southern half of the ocean for a port
        "south pacific",
    )
)
"""Places outside the place their second word names, that no country list holds: a compass
word before the answer never makes one of them right."""


def place_after_compass(words: Sequence[str]) -> list[str] | None:
    """The place's words after its compass words ("eastern ukraine", "east of ukraine",
    "eastern part of ukraine", "south east ukraine" -> "ukraine"), or None when `words` do
    not start so."""
    index = 0
    while index < len(words) and words[index] in _COMPASS:
        index += 1
    if index == 0 or index >= len(words) or words[index - 1] == "far":
        return None
    if words[index] in _PARTS:
        index += 1
    if index < len(words) and words[index] == "of":
        if not (_DIRECTIONS | _PARTS).intersection(words[index - 1 : index]):
            return None
        index += 1
    return list(words[index:]) or None


def inside(words: Sequence[str]) -> bool:
    """Whether "of" after a compass word means a part of the place, not somewhere beside it:
    "the east of ukraine", "eastern part of ukraine" are in Ukraine, "east of ukraine" is not."""
    for index, word in enumerate(words):
        if word == "of" and index > 0 and words[index - 1] in _DIRECTIONS:
            return index > 1 and words[index - 2] == "the"
    return True
