"""Times of day said in words, as `/schedule`, `/assign` and `/remind` read them (walk 46)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.schedule import parse_time


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
