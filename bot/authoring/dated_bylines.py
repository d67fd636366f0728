"""A byline and the time it was filed, run together on one line: "By The Associated Press
March 10, 2017 12:59 pm 03/10/2017 12:59pm", "April 26, 2023 By The Canadian Press", or with
the label "Author:" for "By" ("April 14, 2019 5:45 pm Author: Club Media Team", round 42).

Each piece alone is the page's (who wrote it, when); a line made only of such pieces is too.
The line is cut at word boundaries into two or three pieces, at least one a byline and the
rest timestamps; only short lines with a "By" (or "Author:") are tried, so the cost stays small.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["is_dated_byline"]

_MAX_WORDS = 18
_OPENERS = ("By", "Author:")

Predicate = Callable[[str], bool]


def is_dated_byline(line: str, *, byline: Predicate, timestamp: Predicate) -> bool:
    """Whether the line is a byline and one or two timestamps run together, in any order
    (`byline` and `timestamp` read one piece each)."""
    words = line.split()
    if not 3 <= len(words) <= _MAX_WORDS or not any(w in _OPENERS for w in words):
        return False
    n = len(words)
    cuts = [(i, n) for i in range(1, n)] + [(i, j) for i in range(1, n) for j in range(i + 1, n)]
    for i, j in cuts:
        pieces = [words[:i], words[i:j], words[j:]] if j < n else [words[:i], words[i:]]
        kinds = [_kind(piece, byline, timestamp) for piece in pieces]
        if None not in kinds and kinds.count("byline") == 1:
            return True
    return False


def _kind(piece: list[str], byline: Predicate, timestamp: Predicate) -> str | None:
    text = " ".join(piece)
    if piece[0] in _OPENERS and byline(" ".join(["By", *piece[1:]])):
        return "byline"
    return "time" if timestamp(text) else None
