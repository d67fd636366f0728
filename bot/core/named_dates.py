"""A date typed with its month's name, for `/schedule date` and `/assign due_date`: "12 March",
"March 12", "12th March 2026", "March 12, 2026", "Mar 12", and the French "12 mars", "1er avril
2026"; also "today" and "tomorrow" ("aujourd'hui", "demain").

A date without its year is the one this year, or next year's when this year's is more than
half a year past ("5 January" typed in December); without `today`, none is read.
`schedule.parse_date` reads the numeric forms and asks this module for the rest."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["named_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janv"),
            ("february", "feb", "février", "fevrier", "févr", "fevr"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet", "juil"),
            ("august", "aug", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre", "déc"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = rf"({'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_DAY_FIRST = re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}$")
_MONTH_FIRST = re.compile(rf"^{_MONTH}\s+{_DAY}{_YEAR}$")
_LONG_AGO_DAYS = 183
"""A date without its year this long past this year is next year's; a nearer one is this
year's, which a due date or a post refuses as passed (never set a year ahead by a slip)."""
_FROM_TODAY = {"today": 0, "aujourd'hui": 0, "tomorrow": 1, "demain": 1}


def named_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date `text` names (see the module), or None (no such date, or no year and no
    `today` to place it)."""
    typed = " ".join(text.casefold().replace("’", "'").split())
    if typed in _FROM_TODAY:
        return today + dt.timedelta(days=_FROM_TODAY[typed]) if today else None
    if match := _DAY_FIRST.match(typed):
        day, month, year = match[1], match[2], match[3]
    elif match := _MONTH_FIRST.match(typed):
        month, day, year = match[1], match[2], match[3]
    else:
        return None
    if year is not None:
        return _date(int(year), _MONTHS[month], int(day))
    if today is None:
        return None
    found = _date(today.year, _MONTHS[month], int(day))
    if found is not None and (today - found).days > _LONG_AGO_DAYS:
        found = _date(today.year + 1, _MONTHS[month], int(day))  # "5 January" in December
    return found


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
