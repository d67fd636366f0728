"""A date typed with the year last (`/assign due_date:30/12/2026`, `/schedule date:`): read
where only one reading is a date, refused naming both where day first and month first are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import InvalidInput
from bot.core.schedule import parse_date

NEW_YEARS_EVE_EVE = dt.date(2026, 12, 30)


@pytest.mark.parametrize(
    "typed", ["2026-12-30", "30/12/2026", "12/30/2026", "30.12.2026", "30-12-2026", " 30/12/2026 "]
)
def test_a_date_with_one_reading_is_read(typed: str) -> None:
    assert parse_date(typed) == NEW_YEARS_EVE_EVE


def test_a_date_both_ways_is_refused_naming_both_readings() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_date("03/04/2026")
    said = str(refused.value)
    assert "2026-03-04" in said and "2026-04-03" in said and "year-month-day" in said


def test_the_same_day_and_month_is_one_reading() -> None:
    assert parse_date("05/05/2026") == dt.date(2026, 5, 5)


@pytest.mark.parametrize(
    "typed", ["31/02/2026", "13/13/2026", "30/12-2026", "tomorrow", "30/12/260"]
)
def test_no_date_either_way_is_refused_as_before(typed: str) -> None:
    with pytest.raises(InvalidInput, match="is not a date"):
        parse_date(typed)
