"""A scheduled post's retries survive a restart, and a retry posts only what did not go out.

Was: the tries of a failed run were counted in memory, so every restart began the count again:
each try after a restart counted as a new failed run, told the moderator again, and three of
them paused the schedule; and a post of several messages whose second message failed posted
its first message again on the retry. Here a restart is a new
scheduler on the same database, as a new process would have.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER, RUN_TRIES, ScheduleRunner
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.schedules import SchedulesCog
from tests.discord.test_moderation import posts_in, run, scheduler
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
RUN_TIME = dt.datetime(2026, 1, 5, 9, 0, 20, tzinfo=dt.UTC)  # 10:00 in Berlin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def daily_post(double: DiscordDouble, briefing: str) -> None:
    options = {"what": "briefing", "time": "10:00", "timezone": "Europe/Berlin"}
    await run(double, "schedule", {**options, "briefing": briefing, "channel": double.news})


def restart(cog: SchedulesCog, services: Services, number: int) -> None:
    """A new scheduler on the same database, under a new process name: all it knows of earlier
    tries is what the store kept."""
    cog.runner = ScheduleRunner(
        services.store.schedules,
        cog.qotd,
        services.clock,
        cog,
        f"restarted-{number}",
        server_language=services.server_settings.language,
    )


@pytest.mark.timeout(20)
async def test_a_failing_post_is_tried_run_tries_times_in_all_across_restarts(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    await daily_post(discord_double, "mini")
    cog = scheduler(bot)
    news = discord_double.news
    outage = discord_double.fail_next(f"POST /channels/{news.id}/messages", times=50, status=503)
    clock.current = RUN_TIME
    for tick in range(6):
        restart(cog, services, tick)
        await cog.run_due(clock.now())
        clock.current += RETRY_AFTER
    assert len(outage.hits) == RUN_TRIES, "the count went on across restarts"
    assert posts_in(discord_double, news) == []
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 1 and not schedule.paused, "one failed run, not a pause"
    (told,) = discord_double.dms_to(discord_double.moderator)  # once, not after each restart
    assert f"up to {RUN_TRIES} tries" in told.text


@pytest.mark.timeout(20)
async def test_a_retry_after_a_restart_posts_only_the_messages_that_did_not_go_out(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    await daily_post(discord_double, "nk-troops-russia")  # its summary takes 3 messages
    cog = scheduler(bot)
    news = discord_double.news
    second = discord_double.fail_next(
        f"POST /channels/{news.id}/messages", times=1, status=503, after=1
    )
    clock.current = RUN_TIME
    await cog.run_due(clock.now())
    assert second.hits, "the post's second message failed"
    first_try = list(discord_double.bot_messages_in(news))
    assert len(first_try) == 1 and posts_in(discord_double, news) == []

    restart(cog, services, 1)
    clock.current = RUN_TIME + RETRY_AFTER
    await cog.run_due(clock.now())
    posted = discord_double.bot_messages_in(news)
    assert len(posted) == 3, "the first message once, then the other two"
    assert [m.id for m in posted[:1]] == [m.id for m in first_try]
    assert len(posts_in(discord_double, news)) == 1, "one Quiz me button, under the last"
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 0 and not schedule.paused
