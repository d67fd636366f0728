"""A range written with a dash ("8-10%", "8%-10%", "8 – 10 %") where the answer says it with "to"
("8 to 10 percent"): read as "8 to 10%". Read only where a right answer is a range of two numbers
joined by "to", so "2-1" stays a score and "9-1-1" a number everywhere else; for
`matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["dashed_range_reading"]

# An answer's range: "8 to 10 percent", "3 to 5 km".
_ANSWER_RANGE = re.compile(r"\d\s+to\s+\d")
# A number, its per cent sign or word if any, then a dash before the next number.
_DASHED = re.compile(r"(?<![\d.,-])(\d[\d.,]*)\s*(%|percent|per\s+cent|pct)?\s*[-–—]\s*(?=\d)")


def dashed_range_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a range written with a dash read with "to" ("8-10%" -> "8 to 10%") when a
    right answer is a range said with "to"; None when none is or nothing changes."""
    if not _answers_a_range(tuple(answers)):
        return None
    text = clean(given)
    read = _DASHED.sub(lambda m: f"{m[1]} to ", text)
    return read if read != text else None


@functools.lru_cache(maxsize=512)
def _answers_a_range(answers: tuple[str, ...]) -> bool:
    return any(_ANSWER_RANGE.search(answer) for answer in answers)
