"""`/schedule` interrupted between saving the schedule and settling its runs from before it
was made (the database failing there, or the process killed): the schedule never posts a run
from before it was made (was: saved first, settled after, so the next tick posted today's
10:00 run at 10:20 for a daily schedule made at 10:20, unasked)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, run, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

MADE = dt.datetime(2026, 1, 5, 9, 20, tzinfo=dt.UTC)  # 10:20 in Berlin, 20 minutes past 10:00


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MADE)


@pytest.mark.timeout(20)
async def test_a_schedule_saved_but_not_settled_never_posts_a_run_from_before_it(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    caplog,
    monkeypatch: pytest.MonkeyPatch,
):
    figures = tally("/schedule, stopped right after the schedule was saved")
    caplog.set_level(logging.WARNING)
    store = services.store.schedules

    saved = store.add_schedule

    async def stopped_after_saving(*args: object) -> object:
        await saved(*args)  # type: ignore[arg-type]
        raise OSError("the database went away")  # (or the process was killed) right after

    monkeypatch.setattr(store, "add_schedule", stopped_after_saving)
    news = discord_double.news
    options = {"what": "briefing", "time": "10:00", "timezone": "Europe/Berlin"}
    await run(discord_double, "schedule", {**options, "briefing": "mini", "channel": news})
    monkeypatch.undo()
    figures.tried += 1
    clock.current = MADE + dt.timedelta(minutes=1)
    await scheduler(bot).run_due(clock.now())
    assert posts_in(discord_double, news) == [], "today's 10:00, before it was made: not posted"
    schedules = await store.list_schedules(discord_double.guild.id)
    clock.current = MADE + dt.timedelta(days=1) - dt.timedelta(minutes=20)
    await scheduler(bot).run_due(clock.now())
    assert len(posts_in(discord_double, news)) == len(schedules), "tomorrow's goes out"
    figures.survived += 1
