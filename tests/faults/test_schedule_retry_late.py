"""A scheduled three-message post whose second message Discord took but whose answer was
lost (the connection dropped) is tried again 5 minutes later, when Discord may have forgotten
the nonce it went under ("a few minutes"): the retry finds that message in the channel and
posts only the third (was: the second posted again, the post shown with a message twice)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, run, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
RUN_TIME = dt.datetime(2026, 1, 5, 9, 0, 20, tzinfo=dt.UTC)  # 10:00 in Berlin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(20)
async def test_a_scheduled_post_retried_after_discord_forgot_its_nonces_posts_nothing_twice(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, caplog
):
    figures = tally("scheduled post, 2nd message's answer lost, retried after nonces forgotten")
    caplog.set_level(logging.WARNING)
    news = discord_double.news
    options = {"what": "briefing", "time": "10:00", "timezone": "Europe/Berlin"}
    await run(
        discord_double, "schedule", {**options, "briefing": "nk-troops-russia", "channel": news}
    )
    cog = scheduler(bot)
    discord_double.reset_next(f"POST /channels/{news.id}/messages", served=True, after=1)
    clock.current = RUN_TIME
    await cog.run_due(clock.now())
    assert len(discord_double.bot_messages_in(news)) == 2 and posts_in(discord_double, news) == []
    figures.tried += 1
    discord_double.expire_nonces()
    clock.current = RUN_TIME + RETRY_AFTER
    await cog.run_due(clock.now())
    assert len(posts_in(discord_double, news)) == 1, "tried again and posted"
    assert len(discord_double.bot_messages_in(news)) == 3, "each of its messages once"
    figures.survived += 1
    assert not any(r.exc_info for r in caplog.records), "no traceback"
