"""A review reminder Discord refuses because the student's direct messages are closed (403,
code 50007): was one warning line per try, five tries a day, every day, and the student never
knew. Now it is one warning line and no further try: the reminder is paused, the student
reads why (and how to turn it back on) in /score, /review and /remind, and setting it again
with /remind, their DMs open, brings the reminders back."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.test_reminder_retries import START, missed_questions


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def dm_tries(double: DiscordDouble) -> int:
    dm = double.state.dm_channel(double.student)
    return len(double.requests("POST", f"/channels/{dm.id}/messages"))


async def said(double: DiscordDouble, command: str, options: dict | None = None) -> str:
    return (await (await double.slash(command, options or {})).message()).text


@pytest.mark.timeout(30)
async def test_a_reminder_refused_for_closed_dms_is_paused_and_the_student_told_where_they_are(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await said(discord_double, "remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    await missed_questions(discord_double, services)
    discord_double.student.dms_closed = True
    clock.current = START.replace(hour=17)  # 18:00 in Berlin
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        assert await reminders.run_due() == []
    clock.current += dt.timedelta(days=1)
    assert await reminders.run_due() == []
    assert dm_tries(discord_double) == 1, "tried once, not again that day nor the next"
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.core.reminders"]
    assert len(lines) == 1 and "direct messages are closed" in lines[0]
    assert not any(r.exc_info for r in caplog.records), "no traceback"

    for command in ("score", "review", "remind"):
        text = await said(discord_double, command)
        assert "reminder is paused" in text and "/remind" in text, command

    discord_double.student.dms_closed = False
    await said(discord_double, "remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    assert "paused" not in await said(discord_double, "score")
    clock.current += dt.timedelta(days=1)
    assert await reminders.run_due() == [discord_double.student.id], "on again"
    assert len(discord_double.dms_to(discord_double.student)) == 1
