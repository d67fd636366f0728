"""A caption set between two of a photo gallery's buttons (round 41).

A page's form: a gallery prints each picture as a button ("Full Size", "Enlarge", "View
larger") with its caption under it, then the next picture's button. A short paragraph with an
image button right above it and another right below it is a picture's caption, not the story
(the story's lede may follow a lone button: only the paragraph between two is taken).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_gallery_captions"]

_IMAGE_BUTTON = re.compile(
    r"^(?:full size|enlarge(?: (?:this )?(?:image|photo|picture))?|view (?:larger|full size)|"
    r"click to enlarge)$",
    re.IGNORECASE,
)
_MAX_CAPTION = 300


def _neighbour(lines: Sequence[str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j].strip() if 0 <= j < len(lines) else ""


def flag_gallery_captions(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag each short paragraph that has an image button on the line above and another on
    the line below it (blank lines aside)."""
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or len(text) > _MAX_CAPTION or _IMAGE_BUTTON.match(text):
            continue
        if _IMAGE_BUTTON.match(_neighbour(lines, i, -1)) and _IMAGE_BUTTON.match(
            _neighbour(lines, i, 1)
        ):
            flags[i] = True
