"""A range said another way than the answer's "to": with a dash ("8-10%", "8%-10%", "8 – 10 %",
"jul-oct"), "between ... and ..." or "from ... to ...", or with "through", "thru", "till",
"until" ("July through October"): read as "8 to 10%", "jul to oct". Read only where a right
answer is a range of two numbers, months or weekdays joined by "to" ("8 to 10 percent", "July to
October"), so "2-1" stays a score, "9-1-1" a number and "between us and them" chat everywhere
else; for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.amounts import without_currency
from bot.core.answer_text import MONTH_ABBREVIATIONS, MONTHS, clean
from bot.core.calendar_answers import WEEKDAYS

__all__ = ["dashed_range_reading", "to_forms"]

# The ends a range joins: a month or a weekday, or its short form ("jul", "oct", "mon").
_CALENDAR_WORDS = sorted(
    {*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *(day[:3] for day in WEEKDAYS)},
    key=len,
    reverse=True,
)
_END = rf"(?:\d[\d.,]*|(?:{'|'.join(_CALENDAR_WORDS)})\b)"
# An answer's range: "8 to 10 percent", "3 to 5 km", "July to October".
_ANSWER_RANGE = re.compile(rf"(?<!\w){_END}\s*(?:%|percent)?\s+to\s+{_END}")
# A number (its per cent sign or word if any) or a calendar word, then a dash, "through",
# "thru", "till", "til" or "until" before the range's other end.
_DASHED = re.compile(
    rf"(?<![\w.,-])({_END})\s*(%|percent|per\s+cent|pct)?"
    rf"(?:\s*[-–—]\s*|\s+(?:through|thru|till|til|until)\s+)(?={_END})"
)
# "between 8 and 10", "from July to October": the range's words around its two ends.
_BETWEEN = re.compile(
    rf"\b(?:between\s+({_END})(.{{0,12}}?)\s+and|from\s+({_END})(.{{0,12}}?)\s+to)\s+(?={_END})"
)
_CALENDAR = rf"(?:{'|'.join(_CALENDAR_WORDS)})"
# Two months or weekdays joined by "to" in French, Spanish, Portuguese or German ("juillet a
# octobre", "de julio a octubre", "desde julio hasta octubre", "juli bis oktober"), their
# "from" with them, or by "to" in short forms ("jul to oct"): each end in its English name.
_CALENDAR_SPAN = re.compile(
    rf"\b(?:(?:de|du|desde|von)\s+)?({_CALENDAR})\s+(?:to|a|au|al|ao|ate|hasta|bis)\s+({_CALENDAR})\b"
)
_DAYS = {day[:3]: day for day in WEEKDAYS}


# An answer's range written with a dash between two numbers, the second the larger ("Rs 18-20",
# "8-10%", "35-40 per kg"); never a date's three parts ("2022-02-24") nor a score ("2-1").
_DASHED_ANSWER = re.compile(
    r"(?<![\w.,-])(\d[\d,]*(?:\.\d+)?)(\s*%)?\s*[-–—]\s*(\d[\d,]*(?:\.\d+)?)(?![\w.,]|-\d)"
)


_A_DASH = re.compile(r"\d\s*%?\s*[-–—]")


def to_forms(answers: Sequence[str]) -> tuple[str, ...]:
    """Each right answer whose range is written with a dash, written with "to" ("Rs 18-20" ->
    "rs 18 to 20" and, without its currency, "18 to 20"; "8-10%" -> "8 to 10%"), so that a
    range typed with "to", "between ... and" or "from ... to" reads as it ("18 to 20 rupees",
    "between 18 and 20"). The second number must be the larger, so a winner's score ("2-1",
    "3-0") stays a score; a loser's ("1-3") reads "1 to 3", the same score in words."""
    return _to_forms(tuple(answers))


@functools.lru_cache(maxsize=512)
def _to_forms(answers: tuple[str, ...]) -> tuple[str, ...]:
    forms = []
    for answer in answers:
        if not _A_DASH.search(answer):
            continue  # the common case, without reading the answer
        text = clean(answer)
        found = list(_DASHED_ANSWER.finditer(text))
        if len(found) != 1:
            continue
        low, percent, high = found[0].groups()
        if _value(low) >= _value(high):
            continue
        sign = "%" if percent else ""
        form = f"{text[: found[0].start()]}{low}{sign} to {high}{text[found[0].end() :]}"
        forms.append(form)
        if (bare := without_currency(form)) is not None:
            forms.append(bare)  # "between 18 and 20" for "Rs 18-20", as "18-20" is right
    return tuple(forms)


def _value(number: str) -> float:
    return float(number.replace(",", ""))


def _in_full(word: str) -> str:
    return MONTH_ABBREVIATIONS.get(word) or _DAYS.get(word) or word


def dashed_range_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a range said with a dash, "between ... and", "from ... to" or "through" read
    with "to" ("8-10%" -> "8 to 10%", "between july and october" -> "july to october") when a
    right answer is a range said with "to"; None when none is or nothing changes."""
    if not _answers_a_range(tuple(answers)):
        return None
    text = clean(given)
    read = _DASHED.sub(lambda m: f"{m[1]} to ", text)
    read = _BETWEEN.sub(lambda m: f"{m[1] or m[3]}{m[2] or m[4] or ''} to ", read)
    read = _CALENDAR_SPAN.sub(lambda m: f"{_in_full(m[1])} to {_in_full(m[2])}", read)
    return read if read != text else None


@functools.lru_cache(maxsize=512)
def _answers_a_range(answers: tuple[str, ...]) -> bool:
    return any(_ANSWER_RANGE.search(clean(answer)) for answer in answers)
