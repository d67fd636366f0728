"""A short line in a run where one flagged line comes back every other line (round 52).

A page repeats its widgets: an empty list's "No stories found." under each of its tabs'
labels ("Just in", "No stories found.", "Branded Content", "No stories found."), an
"Archive" link beside each of a club's old headlines. When one flagged line stands right
above and right below a short line, and once more two lines further on (with another line
between), the lines it alternates with belong to the same box; the story never alternates
with a widget. Two copies alone are not enough: a site's name printed over and under the
headline ("Oster App", the headline, "Oster App") leaves the headline where it is.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["flag_between_copies"]

_MAX_BETWEEN = 60


def _same_flagged(lines: Sequence[str], flags: Sequence[bool], i: int, j: int) -> bool:
    inside = 0 <= i < len(lines) and 0 <= j < len(lines)
    return inside and flags[i] and flags[j] and bool(lines[i]) and lines[i] == lines[j]


def _alternates(lines: Sequence[str], flags: Sequence[bool], i: int) -> bool:
    """Whether the flagged line around `i` comes back once more, a different line between."""
    if not _same_flagged(lines, flags, i - 1, i + 1):
        return False
    before = _same_flagged(lines, flags, i - 3, i - 1) and lines[i - 2] != lines[i - 1]
    after = _same_flagged(lines, flags, i + 1, i + 3) and lines[i + 2] != lines[i + 1]
    return before or after


def flag_between_copies(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag each short quoteless line that a flagged line alternates with (see above)."""
    stripped = [line.strip() for line in lines]
    for i, text in enumerate(stripped):
        if flags[i] or not text or len(text) > _MAX_BETWEEN:
            continue
        if any(mark in text for mark in '"“”'):
            continue
        if _alternates(stripped, flags, i):
            flags[i] = True
