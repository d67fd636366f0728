"""A short line set between two copies of one flagged line (round 52).

A page repeats its widgets: an empty list's "No stories found." under each of its tabs'
labels ("Just in", "Branded Content"), a caption printed twice with the photographer's name
between the copies, an "Archive" link beside each of a club's old headlines. When the same
flagged line stands right above and right below a short line, that line belongs to the
repeated furniture too; the story never runs one short line between two copies of a widget.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["flag_between_copies"]

_MAX_BETWEEN = 60


def flag_between_copies(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag each short quoteless line whose neighbours are one flagged line printed twice."""
    for i in range(1, len(lines) - 1):
        text, above, below = lines[i].strip(), lines[i - 1].strip(), lines[i + 1].strip()
        if flags[i] or not text or len(text) > _MAX_BETWEEN or text == above:
            continue
        if any(mark in text for mark in '"“”'):
            continue
        if above and above == below and flags[i - 1] and flags[i + 1]:
            flags[i] = True
