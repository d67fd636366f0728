"""Shares typed any way a student writes them: "2/3", "two third", "2/3rds", "66%", "deux
tiers" for two-thirds; "a 3rd", "33%", "un tiers" for one third. A typed share is compared by
its value with a right answer that is a share (a percentage within one point of it), or picks
the one option that is; another share is wrong. For `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.amounts import names_a_currency
from bot.core.answer_text import clean

__all__ = ["count_for_a_share", "same_share", "share_option"]

# Each word for a share's denominator, English and French, and what it divides by.
_PARTS = {
    **dict.fromkeys(("half", "halves", "demi", "moitie"), 2),
    **dict.fromkeys(("third", "thirds", "3rd", "3rds", "tiers"), 3),
    **dict.fromkeys(("quarter", "quarters", "fourth", "fourths", "quart", "quarts"), 4),
    **dict.fromkeys(("fifth", "fifths", "5th", "5ths", "cinquieme", "cinquiemes"), 5),
}
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "1": 1, "two": 2, "deux": 2, "2": 2,
    "three": 3, "trois": 3, "3": 3, "four": 4, "quatre": 4, "4": 4,
}  # fmt: skip
# Words a share is said with that leave it the same ("about a third of it", "les deux tiers").
_AROUND = frozenset(
    {"about", "roughly", "around", "some", "nearly", "almost", "of", "it", "them", "the",
     "les", "la", "le", "i", "think", "lol", "its", "is", "was", "percent", "per", "cent",
     "pour", "environ", "just", "over", "under"}
)  # fmt: skip
_PERCENT_WORDS = frozenset({"percent", "per", "cent", "pour"})
_SLASH = re.compile(r"^(\d)\s*/\s*(\d)(?:rds?|ths?|nds?)?$")
_PERCENT = re.compile(r"^(\d{1,2}(?:[.,]\d+)?)\s*(?:%|percent|per ?cent|pour ?cent)$")


@functools.lru_cache(maxsize=2048)
def _share(text: str) -> float | None:
    """The share `text` says (2/3 for "two-thirds", "2/3", "66%"), or None."""
    folded = clean(text).casefold().replace("-", " ")
    words = [w for w in re.findall(r"[\w/%.,]+", folded) if w not in _AROUND]
    joined = " ".join(words)
    if match := _SLASH.match(joined):
        top, bottom = int(match[1]), int(match[2])
        return top / bottom if 0 < top < bottom else None
    said = [w for w in re.findall(r"[\w%.,]+", folded) if w not in _AROUND - _PERCENT_WORDS]
    if match := _PERCENT.match(" ".join(said)):
        return float(match[1].replace(",", ".")) / 100
    if len(words) == 1 and words[0] in _PARTS and words[0] in ("half", "demi", "moitie"):
        return 0.5
    if len(words) == 2 and words[0] in _COUNTS and words[1] in _PARTS:
        top, bottom = _COUNTS[words[0]], _PARTS[words[1]]
        return top / bottom if top < bottom else None
    return None


def _is_percent(text: str) -> bool:
    return "%" in text or bool(re.search(r"\b(?:per ?cent|percent|pour ?cent)\b", text, re.I))


def _same(typed: float, wanted: float, text: str) -> bool:
    """Whether a typed share is the share wanted, a typed percentage within a point of it
    ("66%" for two-thirds)."""
    percent = "%" in text or "cent" in text.casefold()
    return abs(typed - wanted) <= (0.01 if percent else 1e-9) or (
        percent and abs(round(typed * 100) - wanted * 100) <= 1
    )


def same_share(given: str, answers: Sequence[str]) -> bool | None:
    """Whether `given` is the share a right answer is (True), another share (False), or None
    when no right answer is a share or `given` says no share alone."""
    for answer in answers:
        wanted = _share(answer)
        if wanted is None or _is_percent(answer):
            continue  # a percentage answer is a number: `matching` reads it exactly
        typed = _share(given)
        return None if typed is None else _same(typed, wanted, given)
    return None


# A number with the words after it, as typed: "85 banana lines".
_NUMBER_THEN_WORDS = re.compile(r"\b\d+(?:[.,]\d+)?\s+([a-z]+)(?:\s+([a-z]+))?")
# Words after a number that keep it a share ("85 per cent", "85 pct", "85 out of 100").
_SHARE_WORDS = frozenset({"per", "percent", "pct", "pc", "pour", "out", "of", "percentage"})
# Words after a number that keep it a sum ("1 million", "5 grand", "2 bn") or a rate of one
# ("1.31 per share", "40 a month", "5 each").
_SCALE_WORDS = frozenset(
    {"k", "thousand", "grand", "m", "mn", "million", "millions", "bn", "billion", "billions"}
    | {"per", "a", "an", "each"}
)


def count_for_a_share(given: str, answers: Sequence[str], context: str) -> bool:
    """Whether every right answer is a percentage, or every one a sum of money, and `given` is
    a number with a thing the question names after it, a count of that thing ("85 banana lines"
    for about 85 per cent of the banana lines, "1000 mills" for $1,000 asked by how much the
    mills' value fell): a count is neither a share nor a sum. A bare number stays right, as do a
    number with its share word ("85 pct") or its currency ("1000 dollars") and one with words
    the question does not say."""
    if not answers or "%" in given:
        return False
    match = _NUMBER_THEN_WORDS.search(given.casefold())
    if match is None:
        return False  # the common case, without reading the answers
    kind = _share_or_sum(tuple(answers))
    if kind == "share":
        kept = _SHARE_WORDS
    elif kind == "sum" and not names_a_currency(given):
        kept = _SCALE_WORDS
    else:
        return False
    if match[1] in kept:
        return False
    asked = {w.rstrip("s") for w in re.findall(r"[a-z]+", context.casefold())}
    return match[1].rstrip("s") in asked and (not match[2] or match[2].rstrip("s") in asked)


@functools.lru_cache(maxsize=512)
def _share_or_sum(answers: tuple[str, ...]) -> str | None:
    """ "share" when every answer is a percentage, "sum" when every one is a sum of money."""
    if all(_is_percent(answer) for answer in answers):
        return "share"
    if all(names_a_currency(answer) for answer in answers):
        return "sum"
    return None


def share_option(given: str, options: Sequence[str]) -> int | None:
    """The place of the one option whose share `given` says, where every option is a share."""
    values = [_share(option) for option in options]
    if any(value is None for value in values) or any(map(_is_percent, options)):
        return None
    typed = _share(given)
    if typed is None:
        return None
    hits = [i for i, value in enumerate(values) if value is not None and _same(typed, value, given)]
    return hits[0] if len(hits) == 1 else None
