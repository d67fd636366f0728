"""A time said relative to the article's day in another way than the answer says it: "a year
ago", "the year before", "the previous year" and "last yr" for "last year" (a week and a month
alike). For `matching.is_correct`, which reads them as the answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["relative_time_reading"]

# Each unit of time and the short forms chat writes it in.
_UNITS = {"year": "year|yr", "week": "week|wk", "month": "month|mth|mo"}
_LAST = re.compile(r"^last (year|week|month)$")


@functools.lru_cache(maxsize=8)
def _other_ways(unit: str) -> re.Pattern[str]:
    said = _UNITS[unit]
    return re.compile(
        rf"\b(?:(?:a|one|1)\s+(?:{said})\s+ago"
        rf"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:{said})"
        rf"|the\s+(?:{said})\s+before"
        rf"|last\s+(?:{said}))\b"
    )


def relative_time_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "last <unit>" said another way put as the answer says it, when a right
    answer is "last year", "last week" or "last month"; None when nothing changes."""
    typed = clean(given)
    for answer in answers:
        match = _LAST.match(clean(answer).strip())
        if match is None:
            continue
        reading = _other_ways(match[1]).sub(f"last {match[1]}", typed)
        if reading != typed:
            return reading
    return None
