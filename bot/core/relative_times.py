"""A time said relative to the article's day in another way than the answer says it: "a year
ago", "the year before", "the previous year" and "last yr" for "last year" (a week, a weekend
and a month alike), and in French, Spanish and Portuguese ("la semaine dernière", "semana
passada" for "last week"). For `matching.is_correct`, which reads them as the answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["relative_time_reading"]

# Each unit of time and the short forms chat writes it in.
_UNITS = {
    "year": "year|yr",
    "week": "week|wk",
    "month": "month|mth|mo",
    "weekend": r"weekend|week-end|week\s+end|wknd|wkend",
}
_LAST = re.compile(r"^last (year|weekend|week|month)$")
# The same in French, Spanish and Portuguese ("la semaine dernière", "la semana pasada",
# "semana passada"), as accents are cleaned away.
_ABROAD = {
    "year": r"(?:l'?\s*)?(?:annee|an)\s+derniere?|(?:el\s+|o\s+)?ano\s+pasado"
    r"|(?:o\s+)?ano\s+passado",
    "week": r"(?:la\s+|a\s+)?semaine\s+derniere|(?:la\s+|a\s+)?semana\s+pasada"
    r"|(?:a\s+)?semana\s+passada",
    "month": r"(?:le\s+)?mois\s+dernier|(?:el\s+|o\s+)?mes\s+pasado|(?:o\s+)?mes\s+passado",
    "weekend": r"(?:le\s+)?week-?\s?end\s+dernier|(?:el\s+)?fin\s+de\s+semana\s+pasado"
    r"|(?:o\s+)?fim\s+de\s+semana\s+passado",
}


@functools.lru_cache(maxsize=8)
def _other_ways(unit: str) -> re.Pattern[str]:
    said = _UNITS[unit]
    return re.compile(
        rf"\b(?:(?:a|one|1)\s+(?:{said})\s+ago"
        rf"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:{said})"
        rf"|the\s+(?:{said})\s+before"
        rf"|last\s+(?:{said})"
        rf"|{_ABROAD[unit]})\b"
    )


def relative_time_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "last <unit>" said another way put as the answer says it, when a right
    answer is "last year", "last week", "last weekend" or "last month"; None when nothing
    changes."""
    typed = clean(given)
    for answer in answers:
        match = _LAST.match(clean(answer).strip())
        if match is None:
            continue
        reading = _other_ways(match[1]).sub(f"last {match[1]}", typed)
        if reading != typed:
            return reading
    return None
