"""A figure typed with the same figure in another unit in brackets after it: "25 miles (40 km)",
"193.65 kg (426.92 lb)", as articles print a conversion. `matching.is_correct` counts it right
only where each half alone is right, so a wrong conversion ("25 miles (60 km)") or a breakdown
("7 (3 critical, 4 stable)") is not read here.
"""

from __future__ import annotations

import re

__all__ = ["figure_and_bracket"]

_FIGURE_THEN_BRACKET = re.compile(r"\s*([^()]*\d[^()]*?)\s*\(([^()]*\d[^()]*)\)\s*")


def figure_and_bracket(given: str) -> tuple[str, str] | None:
    """The figure before the brackets and the one in them ("25 miles", "40 km"), or None when
    `given` is not one figure with one bracketed figure after it."""
    if "(" not in given:
        return None  # the common case
    found = _FIGURE_THEN_BRACKET.fullmatch(given)
    return (found[1], found[2]) if found else None
