"""Other stories' cards under the story, each signed and dated.

A "Related" or "More news" block prints each story it links to as a card: the headline, the
card's date and its writer's byline (two lines the clutter rules drop on their own), then a
sentence of teaser. Two such cards in a row below the story are another site's index, not
the story: their headlines and teasers are dropped too. A story's own paragraphs are never
set between a date line and a byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.story_above import story_told_above

__all__ = ["flag_signed_cards"]

_MIN_CARDS = 2
_MAX_TEASER = 300
_MAX_HEAD = 200
_CLOSED = ".!?:"


def _card_at(
    lines: Sequence[str], j: int, bylines: Sequence[bool], dated: Sequence[bool]
) -> int | None:
    """The index after a card starting at `j` (an open headline, a date line and a byline in
    either order, then an optional teaser), or None."""
    if j + 2 >= len(lines):
        return None
    head = lines[j].strip()
    if not head or len(head) > _MAX_HEAD or head[-1] in _CLOSED or bylines[j] or dated[j]:
        return None
    meta = (j + 1, j + 2)
    signed = any(bylines[k] for k in meta) and any(dated[k] and not bylines[k] for k in meta)
    if not signed:
        return None
    after = j + 3
    if after < len(lines) and lines[after] and not (bylines[after] or dated[after]):
        nxt = _card_at(lines, after, bylines, dated)
        if nxt is None and len(lines[after]) <= _MAX_TEASER:
            return after + 1  # the card's teaser
    return after


def flag_signed_cards(
    lines: Sequence[str], flags: list[bool], bylines: Sequence[bool], dated: Sequence[bool]
) -> None:
    """Flag the headlines and teasers of two or more signed, dated cards in a row."""
    j = 0
    while j < len(lines):
        cards: list[tuple[int, int]] = []
        k = j
        while (end := _card_at(lines, k, bylines, dated)) is not None:
            cards.append((k, end))
            k = end
        if len(cards) >= _MIN_CARDS and story_told_above(lines, flags, j):
            for start, end in cards:
                flags[start:end] = [True] * (end - start)
            j = k
        else:
            j += 1
