"""A review reminder's time of day in the student's zone, on the nights the clocks change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.reminders import Reminder

UTC = dt.UTC


def utc(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_a_time_the_clocks_skip_comes_as_soon_as_it_has_passed() -> None:
    """Paris, 29 March 2026: 02:00 becomes 03:00, so 02:30 never shows on a clock."""
    reminder = Reminder(1, dt.time(2, 30), "Europe/Paris")
    assert reminder.due_today(utc(3, 29, 0, 59)) is None  # 01:59 CET
    assert reminder.due_today(utc(3, 29, 1, 0)) == dt.date(2026, 3, 29)  # 03:00 CEST


def test_a_time_the_clocks_show_twice_reminds_once() -> None:
    """New York, 1 November 2026: 01:30 comes once in EDT, then again an hour later in EST."""
    reminder = Reminder(1, dt.time(1, 30), "America/New_York")
    first = utc(11, 1, 5, 30)  # 01:30 EDT
    day = reminder.due_today(first)
    assert day == dt.date(2026, 11, 1)
    sent = replace(reminder, last_sent=day)
    assert sent.due_today(utc(11, 1, 6, 30)) is None, "01:30 EST, the same local day"
    assert sent.due_today(utc(11, 2, 6, 30)) == dt.date(2026, 11, 2), "the next day, 01:30 EST"
