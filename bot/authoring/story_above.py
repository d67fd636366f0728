"""The story's own paragraphs stand above a line: that line is no headline of the page.

A headline over its byline or date is searched for in the page's first lines, and what is
kept above it is dropped as the page's head (a sign-in form, a menu, labels). A page's head
is short lines; when two paragraphs of running prose (closed sentences of 25 words or more)
stand above the line, the story has begun, and a line over a date and a byline further down
is another story's card (a "Related" block under the story), not the headline.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["story_start", "story_told_above"]

_STORY_WORDS = 25
_STORY_PARAGRAPHS = 2
_STOPS = '.!?"”’)'


def _story_paragraph(line: str) -> bool:
    """Running prose: 25 words or more, closed by a stop (or a closing mark after it)."""
    return len(line.split()) >= _STORY_WORDS and line.rstrip()[-1:] in _STOPS


def story_told_above(lines: Sequence[str], flags: Sequence[bool], i: int) -> bool:
    """Two kept paragraphs of running prose stand above line `i`."""
    told = 0
    for j in range(i):
        if not flags[j] and _story_paragraph(lines[j]):
            told += 1
            if told >= _STORY_PARAGRAPHS:
                return True
    return False


def story_start(lines: Sequence[str], flags: Sequence[bool]) -> int:
    """The index right after the second kept paragraph of running prose (len(lines) when the
    page has fewer): every line from there on has the story told above it. One pass."""
    told = 0
    for j, line in enumerate(lines):
        if not flags[j] and _story_paragraph(line):
            told += 1
            if told >= _STORY_PARAGRAPHS:
                return j + 1
    return len(lines)
