"""A scheduled post that Discord fails (503, an outage past discord.py's retries) is tried
again 5 minutes later (3 tries, while at most an hour late), posted once when it gets through;
its moderator is told once that it will be retried, and one failed run never pauses the
schedule (was: the run stayed claimed and was lost)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER, RUN_TRIES
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, run, scheduler
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
RUN_TIME = dt.datetime(2026, 1, 5, 9, 0, 20, tzinfo=dt.UTC)  # 10:00 in Berlin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def daily_post(double: DiscordDouble) -> None:
    options = {"what": "briefing", "time": "10:00", "timezone": "Europe/Berlin"}
    await run(double, "schedule", {**options, "briefing": "mini", "channel": double.news})


@pytest.mark.timeout(20)
async def test_a_scheduled_post_that_fails_is_posted_once_on_a_later_tick(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    await daily_post(discord_double)
    cog = scheduler(bot)
    news = discord_double.news
    outage = discord_double.fail_next(f"POST /channels/{news.id}/messages", times=1, status=503)
    caplog.set_level(logging.WARNING)
    clock.current = RUN_TIME
    await cog.run_due(clock.now())
    assert outage.hits and posts_in(discord_double, news) == []
    (told,) = discord_double.dms_to(discord_double.moderator)
    assert "could not post" in told.text and "try this post again in 5 minutes" in told.text
    await cog.run_due(clock.now())
    assert posts_in(discord_double, news) == [], "not before RETRY_AFTER"
    clock.current = RUN_TIME + RETRY_AFTER
    await cog.run_due(clock.now())
    assert len(posts_in(discord_double, news)) == 1, "tried again and posted"
    clock.current += RETRY_AFTER
    await cog.run_due(clock.now())
    assert len(posts_in(discord_double, news)) == 1, "posted once, never twice"
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 0 and not schedule.paused
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"


@pytest.mark.timeout(20)
async def test_a_scheduled_post_that_never_gets_through_is_given_up_after_its_tries(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    await daily_post(discord_double)
    cog = scheduler(bot)
    news = discord_double.news
    outage = discord_double.fail_next(f"POST /channels/{news.id}/messages", times=50, status=503)
    caplog.set_level(logging.WARNING)
    clock.current = RUN_TIME
    for _ in range(6):
        await cog.run_due(clock.now())
        clock.current += RETRY_AFTER
    assert len(outage.hits) == RUN_TRIES, "tried RUN_TRIES times, then given up"
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 1 and not schedule.paused, "one failed run, not a pause"
    (told,) = discord_double.dms_to(discord_double.moderator)  # once, not at every try
    assert f"up to {RUN_TRIES} tries" in told.text
    assert any(f"given up after {RUN_TRIES} tries" in r.getMessage() for r in caplog.records)
