"""UTC times as ISO 8601 text, written from their fields instead of by `datetime.isoformat`.

`isoformat` builds its text with C `printf`-style formatting and, for an aware time, a call
to its zone's `utcoffset` and a second formatted string: about 12,000 instructions a call
under callgrind. The answer writer formats four times per answer (a review card's due and
last review, the answer's time and the review's due as SQLite stores them); from the fields
and a table of two-digit numbers it takes a little over half that, for the same text. A
time before the year 1000, and for `utc_iso` a time in any other zone, is left to `isoformat`.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["utc_iso", "utc_naive_text"]

_TWO_DIGITS = tuple(f"{n:02d}" for n in range(100))


# Each function writes the fields itself: a shared helper would cost a Python call per time.


def utc_iso(value: dt.datetime) -> str:
    """`value.isoformat()`: for a UTC time `YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`."""
    if value.tzinfo is not dt.UTC or value.year < 1000:
        return value.isoformat()
    two, microsecond = _TWO_DIGITS, value.microsecond
    fraction = f".{str(microsecond + 1_000_000)[1:]}" if microsecond else ""
    return (
        f"{value.year}-{two[value.month]}-{two[value.day]}T"
        f"{two[value.hour]}:{two[value.minute]}:{two[value.second]}{fraction}+00:00"
    )


def utc_naive_text(value: dt.datetime) -> str:
    """An aware time in UTC as `YYYY-MM-DD HH:MM:SS.ffffff`, without its zone (microseconds
    always), as `value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")`
    writes it (and SQLAlchemy stores a time in SQLite)."""
    if value.tzinfo is not dt.UTC:
        if value.utcoffset() is None:
            raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
        value = value.astimezone(dt.UTC)
    if value.year < 1000:
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    two = _TWO_DIGITS
    return (
        f"{value.year}-{two[value.month]}-{two[value.day]} "
        f"{two[value.hour]}:{two[value.minute]}:{two[value.second]}"
        f".{str(value.microsecond + 1_000_000)[1:]}"
    )
