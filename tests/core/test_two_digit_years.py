"""Dates with two digits for their year (`12.03.26`, `12/03/26`), in the reader's order."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import InvalidInput
from bot.core.schedule import parse_date
from bot.i18n import use_language

TODAY = dt.date(2026, 1, 5)


@pytest.mark.parametrize("typed", ["12.03.26", "12/03/26", "12-03-26"])
def test_french_reads_the_day_first(typed: str) -> None:
    """`12/03/26` read "is not a date: write it like 2026-03-14"; in French it is 12 March
    2026, as French readers write it."""
    with use_language("fr"):
        assert parse_date(typed, TODAY) == dt.date(2026, 3, 12)
        with pytest.raises(InvalidInput, match="n'est pas une date"):
            parse_date(typed.replace("12", "31").replace("03", "02", 1), TODAY)  # 31 February


def test_english_reads_the_one_date_there_is_and_asks_about_two() -> None:
    with use_language("en"):
        assert parse_date("30/12/26", TODAY) == dt.date(2026, 12, 30)
        assert parse_date("12/30/26", TODAY) == dt.date(2026, 12, 30)
        with pytest.raises(InvalidInput, match="could be 2026-03-04 or 2026-04-03"):
            parse_date("03/04/26", TODAY)
