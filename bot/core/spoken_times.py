"""A time of day typed as people say it, for `/schedule`, `/assign` and `/remind`: "noon",
"midday", "12 noon", "midnight", "half past eight", "quarter past 8", "quarter to nine",
"ten past seven", "8 o'clock", "ten at night" (and the French "midi", "minuit", "8h du
matin", "9h du soir"), each with an optional "am"/"pm" ("a.m.", "p.m."), "in the
morning/afternoon/evening" or "at night". Without one, an hour reads as the 24-hour clock
does ("half past eight" is 08:30, as "8:30" is).

Read only whole: "half past" or "noonish" names no time. `schedule.parse_time` reads the
numeric forms ("08:30", "18h", "7pm") and asks this module for the rest."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["spoken_time"]

_HOURS = {
    word: hour
    for hour, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
        start=1,
    )
}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "half": 30}
_MINUTES.update({"twenty-five": 25, "twenty five": 25})
_NAMED = {"noon": 12, "midday": 12, "mid-day": 12, "12 noon": 12, "midi": 12}
_NAMED.update({"midnight": 0, "12 midnight": 0, "minuit": 0})
_HOUR = rf"(1[0-2]|0?[1-9]|{'|'.join(_HOURS)})"
_HALF_DAY = r"(?:\s*([ap])\.?\s*m\b\.?|\s+(?:in\s+the|at)\s+(morning|afternoon|evening|night))?"
_PAST_OR_TO = re.compile(
    rf"^({'|'.join(sorted(_MINUTES, key=len, reverse=True))})\s+(past|after|to)\s+{_HOUR}"
    rf"(?:\s+o['’]?\s*clock)?{_HALF_DAY}$"
)
_O_CLOCK = re.compile(rf"^{_HOUR}\s+o['’]?\s*clock{_HALF_DAY}$")
# "ten at night", "8 in the evening": an hour with the part of the day it is in.
_HOUR_IN_PART = re.compile(rf"^{_HOUR}\s+(?:in\s+the|at)\s+(morning|afternoon|evening|night)$")
# The French hour with its part of the day: "8h du matin", "3h30 de l'après-midi", "9h du soir".
_FRENCH_PART = re.compile(
    r"^(1[0-2]|0?[1-9])\s*h\s*([0-5]\d)?\s+(du matin|de l'apr[eè]s[- ]midi|du soir)$"
)
# "8.30 p.m.", "8:30 a.m.": the numeric form with a dotted half of the day.
_DOTTED = re.compile(r"^(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.\s*m\.?$")


def spoken_time(text: str) -> dt.time | None:
    """The time of day `text` says in words (see the module), or None."""
    typed = " ".join(text.casefold().replace("’", "'").split())
    if typed in _NAMED:
        return dt.time(_NAMED[typed], 0)
    if match := _DOTTED.match(typed):
        return _on_clock(int(match[1]), int(match[2] or 0), match[3], None)
    if match := _O_CLOCK.match(typed):
        return _on_clock(_hour(match[1]), 0, match[2], match[3])
    if match := _FRENCH_PART.match(typed):
        part = "morning" if match[3] == "du matin" else "evening"
        return _on_clock(int(match[1]), int(match[2] or 0), None, part)
    if match := _HOUR_IN_PART.match(typed):
        return _on_clock(_hour(match[1]), 0, None, match[2])
    if match := _PAST_OR_TO.match(typed):
        minutes, towards, hour = _MINUTES[match[1]], match[2], _hour(match[3])
        half, part = match[4], match[5]
        if towards == "to":
            return _on_clock(hour, 0, half, part, back=minutes)
        return _on_clock(hour, minutes, half, part)
    return None


def _hour(word: str) -> int:
    return _HOURS[word] if word in _HOURS else int(word)


def _on_clock(
    hour: int, minute: int, half: str | None, part: str | None, *, back: int = 0
) -> dt.time:
    """Hour 1-12 with its half of the day ("p", "evening"; none: as the 24-hour clock reads
    it), `back` minutes before ("quarter to nine")."""
    if half == "p" or part in ("afternoon", "evening", "night"):
        hour = hour % 12 + 12
    elif half == "a" or part == "morning":
        hour %= 12
    moment = dt.datetime.combine(dt.date(2000, 1, 2), dt.time(hour % 24, minute))
    return (moment - dt.timedelta(minutes=back)).time()
