"""/score's streak counts the student's own calendar days: those of the time zone they set
with /remind, UTC days when they set none."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import solo_quiz
from tests.discord.test_walkthrough28 import days_pass, play, said
from tests.discord_double import DiscordDouble

__all__ = ["days_pass"]  # no cooldown between clicks a day apart on the injected clock

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
MONDAY_10 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=LOS_ANGELES)  # 18:00 UTC


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_10.astimezone(dt.UTC))


async def test_a_los_angeles_students_two_days_running_are_a_streak_of_two(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double = discord_double
    await said(double, "remind", {"time": "09:00", "timezone": "America/Los_Angeles"})
    await play(double, services, await solo_quiz(double, {"count": 1}), [True])  # Monday 10:00
    clock.current = dt.datetime(2026, 3, 3, 17, 0, tzinfo=LOS_ANGELES).astimezone(dt.UTC)
    await play(double, services, await solo_quiz(double, {"count": 1}), [True])  # Tuesday 17:00

    score = await said(double, "score")
    assert "Streak: 2 days" in score, "Monday and Tuesday in Los Angeles, though Wednesday in UTC"

    await said(double, "remind", {"off": True})
    assert "Streak: 1 day" in await said(double, "score"), "no zone set: UTC days, a day missed"
