"""A line cut off with an ellipsis whose words are printed in full elsewhere on the page.

A teaser, a deck or a card quotes the story's own sentence and cuts it at the card's length
("The resignation of three councillors has been the latest shock to..."), sometimes with a
breadcrumb run onto its front ("HomeBusinessThe resignation ..."). When the last forty
characters before the ellipsis stand inside a longer line of the page that is not cut, the
cut line is the copy: dropping it loses no word of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_cut_excerpts"]

_CUT = re.compile(r"\s?(?:\.{3}|…)$")
_KEY = 40  # the characters of a cut line's end that must stand in the full line


def flag_cut_excerpts(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag each line ending in an ellipsis whose last forty characters before it are part
    of a longer line of the page without one."""
    full = [(n, line) for n, line in enumerate(lines) if line and not _CUT.search(line)]
    for i, line in enumerate(lines):
        cut = _CUT.search(line)
        if cut is None or flags[i] or cut.start() < _KEY:
            continue
        stem = line[: cut.start()]
        key = stem[-_KEY:]
        if any(n != i and len(other) > len(stem) and key in other for n, other in full):
            flags[i] = True
