"""A time of day typed another way than the answer writes it: "5:00 pm", "17:00", "1700", "17h"
and "5 in the evening" are "5 pm"; "04:00", "4 in the morning", "4 o'clock in the morning" and
"4h du matin" are "4 am"; where the answer has minutes ("6:50 p.m."), "18:50", "1850", "18h50",
"6.50pm" and "650pm" too. An answer on the 24-hour clock ("15:31") is read the same way back to
it: "3:31pm", "1531" and "15h31" are "15:31", a bare "3:31" is not.
A word before the time that says it is the moment or the deadline is read past ("by 3pm").
"noon", "midday" and "12 noon" are "12 pm"; "midnight" is "12 am".

Read only where a right answer is a time of day ("5 p.m.", "4am", "15:31"), so
"1700" stays a number everywhere else; for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean

__all__ = ["colon_forms", "time_of_day_reading"]

_ANSWER_TIME = re.compile(r"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s*m\b\.?")
_HALF_DAY = r"(?:\s*([ap])\.?\s*m\b\.?)?"
# "5:00 pm", "17:00", "17.00", "1700", "0400h"
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
    rf"(?<![\d:.])(1[0-2]|0?[1-9]|\b(?:{'|'.join(_HOUR_WORDS)}))(?:[:.]([0-5]\d))?\s+"
    r"(?:o['’]?\s*clock\s+)?(?:in\s+the\s+|at\s+)(morning|afternoon|evening|night)\b"
)
_HALVES = {"morning": "a", "afternoon": "p", "evening": "p", "night": "p"}
# A French hour on the 24-hour clock without minutes, with the part of the day French may add:
# "17h", "3h", "3h du matin", "5h de l'après-midi", "8h du soir".
_FRENCH_HOUR = re.compile(
    r"(?<![\d:.])([01]?\d|2[0-3])\s*h\b(?!\s*\d)"
    r"(?:\s+(du\s+matin|de\s+l['’]?\s*apr[eè]s[-\s]?midi|du\s+soir))?"
)
# An answer on the 24-hour clock that says its half of the day: "15:31", "09:15" (not "3:15").
_ANSWER_24 = re.compile(r"\s*(1[3-9]|2[0-3]|0\d)[:.h]([0-5]\d)\s*(?:h|hrs?)?\s*")
# The hours named by a word: "noon", "12 noon", "midday", "mid-day" and "midnight".
_NAMED_HOUR = re.compile(r"\b(?:12\s*)?(noon|mid-?day|midnight)\b")
# A word before a time that says it is the deadline or the moment, read past: "by 3pm".
_SAID_WHEN = re.compile(r"^\s*(?:by|until|till|til|at)\s+(?=\d)")


# A time of day written with a point, as British and Irish papers write it ("11.30 pm", "7.00
# a.m.": 20 labelled real articles), which would otherwise read as a decimal (11.3).
_POINT_TIME = re.compile(
    r"(?<![\d.:])(1[0-2]|0?[1-9])\.([0-5]\d)(?=\s*[ap]\.?\s*m\b)", re.IGNORECASE
)


@functools.lru_cache(maxsize=512)
def colon_forms(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The right answers that write a time of day with a point ("11.30 pm"), written with a
    colon ("11:30 pm"), as every other reading of a time writes it; none already among them."""
    forms = []
    for answer in answers:
        said = _POINT_TIME.sub(r"\1:\2", answer)
        if said != answer and said not in answers:
            forms.append(said)
    return tuple(forms)


def time_of_day_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with its time of day written as "5 pm" when a right answer is a time of day on
    the 12-hour clock, or as "15:31" when one is on the 24-hour clock ("3:31pm", "1531",
    "15h31"; never "3:31", which that clock reads as the small hours); None when there is none
    to read or nothing changes."""
    forms = _twelve_hour_forms(tuple(answers))
    if not forms:
        return _twelve_hour_reading(given, answers)
    twelve = _twelve_hour_reading(given, (*answers, *forms)) or clean(given)
    read = _ANSWER_TIME.sub(_twenty_four_hour, twelve)
    return read if read != clean(given) else None


def _twenty_four_hour(match: re.Match[str]) -> str:
    """ "3:31 pm" -> "15:31", "12:05 am" -> "00:05"."""
    hour = int(match[1]) % 12 + (12 if match[3] == "p" else 0)
    return f"{hour:02d}:{match[2] or '00'}"


def _twelve_hour_reading(given: str, answers: Sequence[str]) -> str | None:
    minutes = _minutes_of(tuple(answers))
    if not _has_time_of_day(tuple(answers)):
        return None
    text = clean(given)
    read = _NAMED_HOUR.sub(lambda m: "12 am" if m[1] == "midnight" else "12 pm", text)
    read = _SAID_WHEN.sub("", read)  # "by 3pm", "until 3pm"
    read = _PART_OF_DAY.sub(_part_of_day, read)
    read = _FRENCH_HOUR.sub(_french_hour, read)
    read = _CLOCK.sub(_twelve_hour, read)
    if minutes:
        read = _CLOCK_MINUTES.sub(lambda m: _with_minutes(m, minutes), read)
    return read if read != text else None


def _part_of_day(match: re.Match[str]) -> str:
    """ "5 in the evening" -> "5 pm", "6:50 in the evening" -> "6:50 pm", "four at night"."""
    hour = _HOUR_WORDS.get(match[1], match[1])
    minutes = f":{match[2]}" if match[2] else ""
    return f"{hour}{minutes} {_HALVES[match[3]]}m"


@functools.lru_cache(maxsize=512)
def _twelve_hour_forms(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The answers on the 24-hour clock written on the 12-hour one ("15:31" -> "3:31 pm")."""
    forms = []
    for answer in answers:
        if match := _ANSWER_24.fullmatch(answer):
            hour, minute = int(match[1]), match[2]
            if hour == 0:
                forms.append(f"12:{minute} am")
            else:
                forms.append(f"{hour - 12}:{minute} pm" if hour > 12 else f"{hour}:{minute} am")
    return tuple(forms)


def _french_hour(match: re.Match[str]) -> str:
    """ "17h" -> "5 pm", "3h du matin" -> "3 am", "5h de l'après-midi" -> "5 pm"."""
    hour, part = int(match[1]), match[2]
    if part is not None and not part.startswith("du matin") and hour < 12:
        hour += 12  # "5h du soir": French says the part where the hour is under 12
    if hour == 0:
        return "12 am"
    if hour < 12:
        return f"{hour} am"
    return "12 pm" if hour == 12 else f"{hour - 12} pm"


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
