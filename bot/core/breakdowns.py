"""A count typed with its breakdown: "7 (3 critical, 4 stable)", "5 (3 in malaysia, 2 in
thailand)", "3 (2 malaysians and a pakistani)", "3 critical and 4 stable so 7". A fair teacher
judges the count and checks that the parts add up to it: they do, and the count alone is judged
as any count is; they do not ("7 (3 critical, 3 stable)"), and the reply is wrong whatever its
count. For `answer_reading.judge`, where every right answer is a number.

A breakdown has two parts or more, each a number (or "a", "an": one) before words only, joined
by commas, "and", "&", "+" or ";"; the parts' words must each be said somewhere in the
briefing ("critical", "malaysians"), so a count beside parts of the student's own ("7 (3
dogs, 4 cats)") is left to the matcher, which refuses it. One figure in brackets is a
conversion (`bracketed_figures`), never a breakdown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from bot.core.answer_text import read_tokens
from bot.core.kinds_counted import plural_stem

__all__ = ["Breakdown", "breakdown_of"]

# "7 (3 critical, 4 stable)", "7: 3 critical, 4 stable"
_HEAD_THEN_PARTS = re.compile(r"\s*([^():]+?)\s*(?:\((.+)\)|:(.+))\s*")
# "3 critical and 4 stable so 7", "3 + 2 = 5"
_PARTS_THEN_HEAD = re.compile(
    r"\s*(.+?)\s*(?:\bso\b|=|\bmakes\b|\bthats\b|\bthat's\b|\bin total\b|\btotal\b)\s*"
    r"(?:\bof\b\s*)?([^\s].*?)\s*"
)
_MAY_BREAK_DOWN = re.compile(r"[(:=]|\b(?:so|makes|thats|that's|total)\b", re.IGNORECASE)
_JOINS = re.compile(r"\s*(?:,|;|&|\+|\band\b|\bplus\b)\s*", re.IGNORECASE)
_ONE = frozenset({"a", "an", "1"})
# Words a part may hold that say nothing of what it counts.
_LINKS = frozenset(
    "in at of on from the are were is was still and with who".split()  # noqa: SIM905
)


class Breakdown(NamedTuple):
    """A count and whether its parts add up to it."""

    figure: str  # the count as typed ("7", "seven people")
    adds_up: bool


def _number(token: str) -> Decimal | None:
    if token in _ONE:
        return Decimal(1)
    try:
        return Decimal(token) if token[:1].isdigit() else None
    except InvalidOperation:
        return None


def _part(text: str) -> tuple[Decimal, list[str]] | None:
    """A part's number and its words ("3 in malaysia" -> 3, ["malaysia"]), or None."""
    first, _, rest = text.strip().partition(" ")
    tokens = ["1", *read_tokens(rest)] if first.casefold() in _ONE else read_tokens(text)
    if not tokens or (value := _number(tokens[0])) is None:
        return None
    words = [t for t in tokens[1:] if t not in _LINKS]
    if not words or not all(word.isalpha() for word in words):
        return None
    return value, words


def _read(head: str, parts: str, said: frozenset[str]) -> Breakdown | None:
    counts = [t for t in read_tokens(head) if t[:1].isdigit()]
    if len(counts) != 1:
        return None
    pieces = [_part(piece) for piece in _JOINS.split(parts) if piece.strip()]
    if len(counts) != 1 or len(pieces) < 2 or None in pieces:
        return None
    read = [piece for piece in pieces if piece is not None]
    if not all(plural_stem(word) in said for _value, words in read for word in words):
        return None  # parts the briefing never speaks of
    total = sum((value for value, _words in read), Decimal(0))
    return Breakdown(head.strip(), total == Decimal(counts[0]))


@functools.lru_cache(maxsize=256)
def _words_said(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(plural_stem(word) for text in texts for word in read_tokens(text))


def breakdown_of(given: str, rights: Sequence[str], texts: Iterable[str]) -> Breakdown | None:
    """The count `given` breaks down into parts the briefing's `texts` speak of, where each
    of the right answers `rights` holds a number, or None when it is no such reply."""
    if not _MAY_BREAK_DOWN.search(given):
        return None  # the common case, without reading the briefing
    if not all(any(t[:1].isdigit() for t in read_tokens(right)) for right in rights):
        return None
    shapes = []
    if (found := _HEAD_THEN_PARTS.fullmatch(given)) is not None:
        shapes.append((found[1], found[2] or found[3]))
    if (found := _PARTS_THEN_HEAD.fullmatch(given)) is not None:
        shapes.append((found[2], found[1]))
    if not shapes:
        return None
    said = _words_said(tuple(texts))
    for head, parts in shapes:
        if (breakdown := _read(head, parts, said)) is not None:
            return breakdown
    return None
