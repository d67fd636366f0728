"""Dates and times in the reader's language: weekday and month names from the catalogue.

The core writes a date in words only where it must (titles, schedules, due dates); moments
that each reader should see in their own time zone stay `replies.moment` tokens that the
adapters render. Times are on the 24-hour clock in every language.
"""

from __future__ import annotations

import datetime as dt

from bot.i18n import _, pgettext

__all__ = ["day_and_month", "long_date", "short_date_time", "weekday_name", "weekday_names"]


def weekday_names() -> tuple[str, ...]:
    """Monday to Sunday in the reader's language, as they appear mid-sentence."""
    return (
        pgettext("weekday", "Monday"),
        pgettext("weekday", "Tuesday"),
        pgettext("weekday", "Wednesday"),
        pgettext("weekday", "Thursday"),
        pgettext("weekday", "Friday"),
        pgettext("weekday", "Saturday"),
        pgettext("weekday", "Sunday"),
    )


def weekday_name(number: int) -> str:
    """The weekday `number` (0 is Monday) in the reader's language."""
    return weekday_names()[number]


def _weekday_short(number: int) -> str:
    return (
        pgettext("weekday abbreviation", "Mon"),
        pgettext("weekday abbreviation", "Tue"),
        pgettext("weekday abbreviation", "Wed"),
        pgettext("weekday abbreviation", "Thu"),
        pgettext("weekday abbreviation", "Fri"),
        pgettext("weekday abbreviation", "Sat"),
        pgettext("weekday abbreviation", "Sun"),
    )[number]


def _month(number: int) -> str:
    return (
        pgettext("month", "January"),
        pgettext("month", "February"),
        pgettext("month", "March"),
        pgettext("month", "April"),
        pgettext("month", "May"),
        pgettext("month", "June"),
        pgettext("month", "July"),
        pgettext("month", "August"),
        pgettext("month", "September"),
        pgettext("month", "October"),
        pgettext("month", "November"),
        pgettext("month", "December"),
    )[number - 1]


def _month_short(number: int) -> str:
    return (
        pgettext("month abbreviation", "Jan"),
        pgettext("month abbreviation", "Feb"),
        pgettext("month abbreviation", "Mar"),
        pgettext("month abbreviation", "Apr"),
        pgettext("month abbreviation", "May"),
        pgettext("month abbreviation", "Jun"),
        pgettext("month abbreviation", "Jul"),
        pgettext("month abbreviation", "Aug"),
        pgettext("month abbreviation", "Sep"),
        pgettext("month abbreviation", "Oct"),
        pgettext("month abbreviation", "Nov"),
        pgettext("month abbreviation", "Dec"),
    )[number - 1]


def day_and_month(day: dt.date) -> str:
    """ "Wednesday 05 November" / "mercredi 5 novembre"."""
    return _("{weekday} {day:02d} {month}").format(
        weekday=weekday_name(day.weekday()), day=day.day, month=_month(day.month)
    )


def long_date(day: dt.date) -> str:
    """ "25 November 2026" / "25 novembre 2026"."""
    return _("{day} {month} {year}").format(day=day.day, month=_month(day.month), year=day.year)


def short_date_time(when: dt.datetime, *, year: bool = True, comma: bool = False) -> str:
    """ "Wed 25 Nov 2026 14:30" / "mer. 25 nov. 2026 14:30" (without the year on request;
    with `comma`, "Wed 25 Nov 2026, 14:30" / "mer. 25 nov. 2026 à 14:30")."""
    parts = {
        "weekday": _weekday_short(when.weekday()),
        "day": when.day,
        "month": _month_short(when.month),
        "year": when.year,
        "time": f"{when:%H:%M}",
    }
    if comma:
        return _("{weekday} {day:02d} {month} {year}, {time}").format(**parts)
    if year:
        return _("{weekday} {day:02d} {month} {year} {time}").format(**parts)
    return _("{weekday} {day:02d} {month} {time}").format(**parts)
