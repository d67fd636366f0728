"""A photo gallery told by its counters, "1 of 4" ... "4 of 4" (round 52).

A slideshow copied with the page prints each picture's counter on a line alone, then what
goes with that picture: its credit, its file's name, its caption; then the next counter. The
counters are the page's, and so is every short line between two counters that follow each
other ("2 of 4", then "3 of 4"). The last picture's lines follow the last counter ("4 of 4")
with nothing to close them: they are taken as many as the picture before it had, the slides
of one gallery being cut alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

__all__ = ["flag_gallery_counters"]

# "1 of 4", "Photo 2 of 6", "3 / 12": a counter alone on its line ("9/11", with no spaces
# around the bar, is a date's name, not a counter).
_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide)s? )?(\d{1,2})(?: of | / )(\d{1,2})$", re.IGNORECASE
)
_MAX_SLIDE_LINE = 300


def _counter(line: str) -> tuple[int, int] | None:
    match = _COUNTER.match(line.strip())
    if not match:
        return None
    at, total = int(match.group(1)), int(match.group(2))
    return (at, total) if 1 <= at <= total and total >= 2 else None


def _slide_line(line: str) -> bool:
    text = line.strip()
    return len(text) <= _MAX_SLIDE_LINE and not any(mark in text for mark in '"“”')


def flag_gallery_counters(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag a gallery's counters, the lines between two counters that follow each other,
    and after the last counter as many lines as the slide before it had."""
    counters = [(i, c) for i, line in enumerate(lines) if (c := _counter(line)) is not None]
    for i, _ in counters:
        flags[i] = True
    slide = 0
    for (i, (at, total)), (j, (nxt, nxt_total)) in pairwise(counters):
        if nxt_total != total or nxt != at + 1 or not all(map(_slide_line, lines[i + 1 : j])):
            slide = 0
            continue
        flags[i + 1 : j] = [True] * (j - i - 1)
        slide = j - i - 1
        if nxt == total:
            last = lines[j + 1 : j + 1 + slide]
            if len(last) == slide and all(map(_slide_line, last)):
                flags[j + 1 : j + 1 + slide] = [True] * slide
