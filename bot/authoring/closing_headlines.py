"""Other stories' headlines listed after the story's last sentence (round 41).

A page's form: the story ends on a sentence, then the site lists its other stories as bullet
items, short lines most of which close on no stop ("Faro – 77 notices issued for illegal
caravaning", "Civil Protection Exercise at Faro Airport"). A story's own list is announced:
its sentence ends on a colon ("The measures are:") or names the list ("the following", "as
below", "Here is what else the board decided."), or a heading stands over it ("What we
know"). A list of at least four such items closing the page right after a sentence that
announces nothing is links, not the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_closing_headlines"]

_MIN_ITEMS = 4
_MAX_ITEM_WORDS = 20
_ANNOUNCES = re.compile(
    r"\b(?:following|below|as follows|these|include|includes|including|here(?:’s|'s)?|what|"
    r"list|among)\b|:\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s*$")
_STOP_END = re.compile(r"[.!?:;][\"”’')]?\s*$")


def _headline_like(item: str) -> bool:
    return len(item.split()) <= _MAX_ITEM_WORDS and not any(m in item for m in '"“”')


def flag_closing_headlines(
    lines: Sequence[str], flags: list[bool], bullets: Sequence[bool]
) -> None:
    """Flag the bullet items that close the page as other stories' headlines: at least four
    short quoteless items, three in four with no closing stop, right after an unflagged
    sentence of the story that announces no list."""
    run: list[int] = []
    i = len(lines) - 1
    while i >= 0 and (not lines[i] or bullets[i]):
        if lines[i]:
            run.append(i)
        i -= 1
    while i >= 0 and not lines[i]:
        i -= 1
    if len(run) < _MIN_ITEMS or i < 0 or flags[i]:
        return
    before = lines[i]
    if not _SENTENCE_END.search(before) or _ANNOUNCES.search(before):
        return
    items = [lines[k] for k in run]
    open_ended = sum(1 for item in items if not _STOP_END.search(item))
    if all(_headline_like(item) for item in items) and open_ended * 4 >= len(items) * 3:
        for k in run:
            flags[k] = True
