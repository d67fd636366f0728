"""An age typed without "old": "52 years", "52 yrs", "52yo", "52 y/o" for "52 years old". The
number and "years" say the age as plainly as the key does; for `matching.is_correct`. The
labelled real articles give ages as "N years old" or "N-year-old" 99 times (`grep -rhoiE`
over tests/authoring/labeled/real)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["age_reading"]

_AN_AGE = re.compile(r"\d\s*[- ]?\s*years?[- ]old\b", re.IGNORECASE)
_AGE_TYPED = re.compile(r"(\d+)\s*(?:years?|yrs?|yo|y/o|y\.o\.?)(?![\w/-]|\s*[- ]old\b)")


def age_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "old" put back after an age typed in years ("52 yrs" -> "52 years old")
    where a right answer is an age in years old; None otherwise."""
    if not any(_AN_AGE.search(answer) for answer in answers):
        return None  # the common case, without reading the guess
    typed = clean(given)
    reading = _AGE_TYPED.sub(r"\1 years old", typed)
    return reading if reading != typed else None
