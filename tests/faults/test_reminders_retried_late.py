"""A review DM tried again after Discord forgot its nonce (a restart minutes later): Discord
took the first try and its answer was lost (the connection dropped), so the DM is there. The
retry finds it in the student's DMs and sends nothing (was: the same nonce, which Discord no
longer knew, so the student got it twice). The assignment reminder's case is in
test_reminder_retries.py."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.reminders import ReminderService
from bot.discord_bot.client import BriefBot
from bot.discord_bot.reminders import DiscordReminderSender
from tests.discord_double import DiscordDouble
from tests.faults.test_reminder_retries import (
    START,
    missed_questions,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(30)
async def test_a_review_dm_taken_by_discord_is_not_sent_again_after_a_restart(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    on = await discord_double.slash("remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    await on.response()
    await missed_questions(discord_double, services)
    clock.current = START.replace(hour=17)  # 18:00 in Berlin
    dm = discord_double.dm_channel(discord_double.student)
    dropped = discord_double.reset_next(f"POST /channels/{dm.id}/messages", served=True)
    assert await bot.get_cog("Progress").reminders.run_due() == []  # type: ignore[union-attr]
    assert len(dropped.hits) == 1 and len(discord_double.dms_to(discord_double.student)) == 1
    discord_double.expire_nonces()  # the process restarts minutes later: Discord forgot
    clock.current += dt.timedelta(minutes=5)
    restarted = ReminderService(  # a new process: nothing of the first try in memory
        services.store, services.library, clock, DiscordReminderSender(bot, services.preferences)
    )
    assert await restarted.run_due() == [discord_double.student.id], "found in the DMs"
    assert await restarted.run_due() == []
    assert len(discord_double.dms_to(discord_double.student)) == 1, "sent once"
