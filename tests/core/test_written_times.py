"""A zone or a day written into a schedule's time (`09:00 UTC`, `tomorrow 9`)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import InvalidInput
from bot.core.schedule import WrittenTime, make_schedule, read_written_time

TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("09:00 UTC", WrittenTime("09:00", zone="UTC")),
        ("9:00 new york", WrittenTime("9:00", zone="new york")),
        ("tomorrow at 9", WrittenTime("9", day="tomorrow")),
        ("monday 8:30 Europe/Paris", WrittenTime("8:30", zone="Europe/Paris", weekday="monday")),
        ("half past eight", WrittenTime("half past eight")),
        ("9 pm", WrittenTime("9 pm")),
    ],
)
def test_the_time_and_what_is_written_with_it(typed: str, read: WrittenTime) -> None:
    assert read_written_time(typed, TODAY) == read


def test_an_abbreviation_written_into_the_time_is_refused_with_its_fix() -> None:
    with pytest.raises(InvalidInput, match=r"“CET” is an abbreviation.*use Europe/Berlin"):
        make_schedule(
            guild_id=1,
            channel_id=2,
            briefing_id="mini",
            what="briefing",
            repeat=None,
            time_text="9:00 CET",
            timezone=None,
            now=NOW,
        )


def test_a_date_written_into_the_time_that_reads_two_ways_is_asked_about() -> None:
    """`time:03/04/26 9:00` read "is not a time"; the date in it is now asked about."""
    with pytest.raises(InvalidInput, match="could be 2026-03-04 or 2026-04-03"):
        read_written_time("03/04/26 9:00", TODAY)
    assert read_written_time("2026-03-14 9:00", TODAY) == WrittenTime("9:00", day="2026-03-14")
