"""Other stories' cards under the story, each with its date.

A "Related" or "More news" block prints each story it links to as a card: the headline, the
card's date line (and often its writer's byline; lines the clutter rules drop on their own),
then, on some sites, a sentence of teaser. Two such cards in a row below the story's own
paragraphs are the site's index, not the story: their headlines and teasers are dropped too.
A story's own paragraphs are never set under a date line.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.story_above import story_start

__all__ = ["flag_dated_cards"]

_MIN_CARDS = 2
_MAX_TEASER = 300
_MAX_HEAD = 200
_MAX_META = 2  # a date line and a byline
_CLOSED = ".!?:"


def _card_at(
    lines: Sequence[str], j: int, bylines: Sequence[bool], dated: Sequence[bool]
) -> int | None:
    """The index after a card starting at `j` (an open headline, then its date line, with or
    without a byline, then an optional teaser), or None."""
    head = lines[j].strip() if j < len(lines) else ""
    if not head or len(head) > _MAX_HEAD or head[-1] in _CLOSED or bylines[j] or dated[j]:
        return None
    k = j + 1
    while k < len(lines) and k - j <= _MAX_META and (bylines[k] or dated[k]):
        k += 1
    if not any(dated[m] and not bylines[m] for m in range(j + 1, k)):
        return None  # no date line under it: a heading over a byline, not a card
    teaser = k < len(lines) and bool(lines[k]) and len(lines[k]) <= _MAX_TEASER
    if teaser and not _opens_card(lines, k, bylines, dated):
        return k + 1  # the card's teaser
    return k


def _opens_card(
    lines: Sequence[str], k: int, bylines: Sequence[bool], dated: Sequence[bool]
) -> bool:
    """Line `k` is open and a date line or a byline stands right under it: the next card."""
    line = lines[k].strip()
    below = k + 1 < len(lines) and (bylines[k + 1] or dated[k + 1])
    return bool(line) and line[-1] not in _CLOSED and below


def flag_dated_cards(
    lines: Sequence[str], flags: list[bool], bylines: Sequence[bool], dated: Sequence[bool]
) -> None:
    """Flag the headlines and teasers of two or more dated cards in a row below the story."""
    j = story_start(lines, flags)  # cards stand below the story's own paragraphs
    while j < len(lines):
        cards: list[tuple[int, int]] = []
        k = j
        while (end := _card_at(lines, k, bylines, dated)) is not None:
            cards.append((k, end))
            k = end
        if len(cards) >= _MIN_CARDS:
            for start, end in cards:
                flags[start:end] = [True] * (end - start)
            j = k
        else:
            j += 1
