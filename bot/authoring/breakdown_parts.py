"""A number that is one part of a breakdown whose total the same sentence gives.

"... honoured 289 schools, which included 143 early childhood centres, 119 primary schools
and 27 secondary schools": blank the 27 and a student can work it out (289 less 143 and
119), and what the teacher would ask is the total, not one of its parts. "Police arrested 257
people: 72 near the stadium, 156 in the market and 29 at the port" is the same shape. A
number is such a part when it and the sentence's other counts, all but one, add up to that
one, which is larger. Years are no counts and are left out of the sum.
"""

from __future__ import annotations

import re

__all__ = ["a_part_of_a_given_total"]

# "289", "8,000": plain counts (not "2.5", "10%" is read as 10, "No. 4" as 4).
_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\w.,])\d+(?![\d.,]\d)")
_YEARS = range(1900, 2101)


def a_part_of_a_given_total(text: str, start: int, end: int) -> bool:
    """Whether the count at `text[start:end]` and the sentence's other counts but one add up
    to that one (the total), which is larger than the count asked."""
    asked = _value(text[start:end])
    if asked is None:
        return False
    others = [
        value
        for match in _COUNT.finditer(text)
        if not (match.start() < end and start < match.end())
        and (value := _value(match.group())) is not None
        and value not in _YEARS
    ]
    if len(others) < 2:
        return False  # a total and at least one other part
    for total in set(others):
        parts = list(others)
        parts.remove(total)
        if total > asked and asked + sum(parts) == total:
            return True
    return False


def _value(number: str) -> int | None:
    digits = number.replace(",", "")
    return int(digits) if digits.isdigit() else None
