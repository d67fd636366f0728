"""Other stories' cards above the headline: a headline, then its one-sentence teaser.

Run after `furniture.flag_above_headline`, which flags the short sentences above the
headline that stands over the story's first paragraph but keeps every headline-shaped line
there: a pair counts only when its teaser is already flagged so, which ties the rule to a
page whose own headline was found (a story of one-sentence paragraphs between captions is
never taken for cards).

A page's strip of top stories prints each card as a headline without a final stop over one
short sentence ("Emirates half-year profit $2.5bn" / "The record profit is subject to ...").
Three such pairs in a row are cards, never the story: a story opens with one headline, and
its crossheads stand between paragraphs of several sentences. The last pair of the run may
be the story's own headline over a one-sentence lede; it goes only when another headline
stands right under it. The headline left under the cards is the story's, kept even where it
stands between two sentences like a caption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["flag_teaser_cards"]

_MIN_CARDS = 3
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 14
_MAX_HEADLINE = 110
_MAX_TEASER = 170
_STOPS = ".!?"
_CLOSERS = "\"”’')"
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’]? [A-Z]")


def _open(line: str) -> bool:
    """No final stop, nor one inside a closing mark; no colon or semicolon at the end."""
    bare = line.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] not in _STOPS + ":;,"


def _headline(line: str) -> bool:
    words = line.split()
    return (
        _open(line)
        and _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE
        and line[:1].isupper()
        and not _SENTENCE_INSIDE.search(line)
    )


def _teaser(line: str) -> bool:
    """One short sentence, closed by its stop."""
    bare = line.rstrip(_CLOSERS)
    return (
        0 < len(line) <= _MAX_TEASER
        and line[:1].isupper()
        and bare[-1:] in _STOPS
        and not _SENTENCE_INSIDE.search(bare[:-1])
    )


def _prose(line: str) -> bool:
    """A paragraph longer than any card's teaser, closed by its stop: the story has begun."""
    return len(line) > _MAX_TEASER and line.rstrip(_CLOSERS)[-1:] in _STOPS


def flag_teaser_cards(lines: Sequence[str], flags: list[bool], plain: Sequence[bool]) -> None:
    """Above the story's first long paragraph, flag three (headline, one-sentence teaser)
    pairs or more in a row, paragraphs all,
    when a headline stands right under the last pair; with none under it, the last pair may
    be the story's own headline and lede, and only the pairs before it go (three or more)."""
    story = next((n for n, line in enumerate(lines) if _prose(line)), len(lines))
    i = 0
    while i + 1 < story:
        end = i
        while (
            end + 1 < len(lines)
            and plain[end]
            and plain[end + 1]
            and _headline(lines[end])
            and _teaser(lines[end + 1])
            and flags[end + 1]
        ):
            end += 2
        headline_under = end < len(lines) and plain[end] and _headline(lines[end])
        cards = (end - i) // 2 if headline_under else (end - i) // 2 - 1
        if cards >= _MIN_CARDS:
            flags[i : i + 2 * cards] = [True] * (2 * cards)
            flags[i + 2 * cards] = False  # the story's headline, not a caption between
            # two sentences: the line under the cards, or the last pair's headline
        i = max(end, i + 1)
