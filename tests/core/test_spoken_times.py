"""Times of day and dates said in words, as `/schedule`, `/assign` and `/remind` read them
(walk 46)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.schedule import parse_date, parse_time


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Noon", dt.time(12, 0)),
        ("12 noon", dt.time(12, 0)),
        ("midday", dt.time(12, 0)),
        ("minuit", dt.time(0, 0)),
        ("half past eight", dt.time(8, 30)),
        ("half past 8 pm", dt.time(20, 30)),
        ("quarter past seven in the evening", dt.time(19, 15)),
        ("a quarter to one am", dt.time(0, 45)),
        ("twenty-five past nine", dt.time(9, 25)),
        ("ten at night", dt.time(22, 0)),
        ("7 o’clock in the morning", dt.time(7, 0)),
        ("8.30 p.m.", dt.time(20, 30)),
        ("12:15 a.m.", dt.time(0, 15)),
    ],
)
def test_a_time_said_in_words_is_read(typed: str, expected: dt.time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed", ["half past", "noonish", "quarter to thirteen", "at noon today", "13 o'clock"]
)
def test_words_that_name_no_time_are_refused(typed: str) -> None:
    with pytest.raises(Exception, match="is not a time"):
        parse_time(typed)


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("12 March", dt.date(2026, 3, 10), dt.date(2026, 3, 12)),
        ("March 12, 2027", dt.date(2026, 3, 10), dt.date(2027, 3, 12)),
        ("12th of March", dt.date(2026, 3, 10), dt.date(2026, 3, 12)),
        ("1er avril", dt.date(2026, 3, 10), dt.date(2026, 4, 1)),
        ("9 March", dt.date(2026, 3, 10), dt.date(2026, 3, 9)),  # passed: refused as such
        ("5 January", dt.date(2026, 12, 20), dt.date(2027, 1, 5)),
        ("Tomorrow", dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
    ],
)
def test_a_date_with_its_months_name_is_read(typed: str, today: dt.date, expected: dt.date) -> None:
    assert parse_date(typed, today) == expected


@pytest.mark.parametrize("typed", ["31 February", "12 Marchh", "March", "tomorrow"])
def test_a_named_date_that_is_none_is_refused(typed: str) -> None:
    """Without a day to place it ("tomorrow" with no today), or no such date."""
    with pytest.raises(Exception, match="is not a date"):
        parse_date(typed)
