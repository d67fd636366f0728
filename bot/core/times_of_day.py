"""A time of day typed another way than the answer writes it: "5:00 pm", "17:00", "1700" and
"5 in the evening" are "5 pm"; "04:00", "4 in the morning" and "four in the morning" are "4 am";
where the answer has minutes ("6:50 p.m."), "18:50", "1850", "18h50", "6.50pm" and "650pm" too.
A word before the time that says it is the moment or the deadline is read past ("by 3pm").

Read only where a right answer is a time of day on the 12-hour clock ("5 p.m.", "4am"), so
"1700" stays a number everywhere else; for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["time_of_day_reading"]

_ANSWER_TIME = re.compile(r"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s*m\b\.?")
_HALF_DAY = r"(?:\s*([ap])\.?\s*m\b\.?)?"
# "5:00 pm", "17:00", "17.00", "1700", "0400h", "5 in the evening", "4 in the morning"
_CLOCK = re.compile(
    rf"(?<![\d:.])(?:([01]?\d|2[0-3])[:.h]|([01]\d|2[0-3]))00(?:\s*h(?:rs)?\b)?{_HALF_DAY}(?![\d:])"
)
# The same with minutes, read where the answer has them: "6.50pm", "650pm", "18:50", "18h50"
_CLOCK_MINUTES = re.compile(
    rf"(?<![\d:.])(?:([01]?\d|2[0-3])[:.h]|([01]?\d|2[0-3]))([0-5]\d)(?:\s*h(?:rs)?\b)?{_HALF_DAY}"
    r"(?![\d:])"
)
_HOUR_WORDS = {
    word: hour
    for hour, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
        start=1,
    )
}
_PART_OF_DAY = re.compile(
    rf"(?<![\d:])(1[0-2]|0?[1-9]|\b(?:{'|'.join(_HOUR_WORDS)}))\s+(?:o\s*clock\s+)?"
    r"(?:in\s+the\s+|at\s+)(morning|afternoon|evening|night)\b"
)
_HALVES = {"morning": "a", "afternoon": "p", "evening": "p", "night": "p"}
# A word before a time that says it is the deadline or the moment, read past: "by 3pm".
_SAID_WHEN = re.compile(r"^\s*(?:by|until|till|til|at)\s+(?=\d)")


def time_of_day_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with its time of day written as "5 pm" when a right answer is a time of day on
    the 12-hour clock; None when there is none to read or nothing changes."""
    minutes = _minutes_of(tuple(answers))
    if not _has_time_of_day(tuple(answers)):
        return None
    text = clean(given)
    read = _SAID_WHEN.sub("", text)  # "by 3pm", "until 3pm"
    read = _PART_OF_DAY.sub(lambda m: f"{_HOUR_WORDS.get(m[1], m[1])} {_HALVES[m[2]]}m", read)
    read = _CLOCK.sub(_twelve_hour, read)
    if minutes:
        read = _CLOCK_MINUTES.sub(lambda m: _with_minutes(m, minutes), read)
    return read if read != text else None


@functools.lru_cache(maxsize=512)
def _minutes_of(answers: tuple[str, ...]) -> frozenset[str]:
    """The minutes past the hour of the answers' times of day ("50" for "6:50 p.m.")."""
    return frozenset(
        match[2]
        for answer in answers
        for match in _ANSWER_TIME.finditer(clean(answer))
        if match[2] and match[2] != "00"
    )


def _with_minutes(match: re.Match[str], minutes: frozenset[str]) -> str:
    """A time with minutes as the answer writes it ("18:50", "650pm" -> "6:50 pm"), when its
    minutes are an answer's; the hour of a 24-hour time is read on the 12-hour clock."""
    hour, minute, half = int(match[1] or match[2]), match[3], match[4]
    if minute not in minutes:
        return match.group()
    if half is not None:
        return f"{hour}:{minute} {half}m" if 1 <= hour <= 12 else match.group()
    if match[2] is not None and len(match[2]) + len(minute) < 4:
        return match.group()  # "650" alone is a number, not a time
    if hour == 0:
        return f"12:{minute} am"
    if hour < 12:
        return f"{hour}:{minute} am" if match[2] is None or len(match[2]) == 2 else match.group()
    return f"12:{minute} pm" if hour == 12 else f"{hour - 12}:{minute} pm"


@functools.lru_cache(maxsize=512)
def _has_time_of_day(answers: tuple[str, ...]) -> bool:
    return any(_ANSWER_TIME.search(clean(answer)) for answer in answers)


def _twelve_hour(match: re.Match[str]) -> str:
    hour, half = int(match[1] or match[2]), match[3]
    if half is not None:
        return f"{hour} {half}m" if 1 <= hour <= 12 else match.group()
    if hour == 0:
        return "12 am"
    if hour < 12:
        return f"{hour} am"
    return "12 pm" if hour == 12 else f"{hour - 12} pm"
