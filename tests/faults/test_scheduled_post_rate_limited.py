"""A scheduled post answered 429 by Discord past discord.py's waits (five times running) or
by Cloudflare (an HTML page): tried again 5 minutes later and posted once; its moderator is
told once that Discord did not take it, in words (was: Cloudflare's HTML page quoted in the
DM, and "Check the channel and my permissions there", which nothing needed)."""

from __future__ import annotations

import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_schedule_retries import RUN_TIME, clock, daily_post

__all__ = ["clock"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("cloudflare", [False, True], ids=["discord", "cloudflare"])
async def test_a_rate_limited_scheduled_post_is_posted_once_and_told_in_words(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    cloudflare: bool,
):
    figures = tally(f"scheduled post, {'Cloudflare' if cloudflare else 'Discord'} 429")
    await daily_post(discord_double)
    cog = scheduler(bot)
    news = discord_double.news
    limited = discord_double.rate_limit_next(
        f"POST /channels/{news.id}/messages",
        retry_after=0.1,
        times=1 if cloudflare else 5,
        cloudflare=cloudflare,
    )
    caplog.set_level(logging.WARNING)
    clock.current = RUN_TIME
    await cog.run_due(clock.now())
    figures.tried += 1
    assert len(limited.hits) == (1 if cloudflare else 5) and posts_in(discord_double, news) == []
    (told,) = discord_double.dms_to(discord_double.moderator)
    assert "429" in told.text and "Discord did not take the post" in told.text, told.text
    assert "<" not in told.text, "no HTML page in the moderator's DM"
    assert "permissions" not in told.text, "nothing to check on the moderator's side"
    assert "try this post again in 5 minutes" in told.text
    clock.current = RUN_TIME + RETRY_AFTER
    await cog.run_due(clock.now())
    clock.current += RETRY_AFTER
    await cog.run_due(clock.now())
    assert len(posts_in(discord_double, news)) == 1, "posted once, never twice"
    assert len(discord_double.dms_to(discord_double.moderator)) == 1, "told once"
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 0 and not schedule.paused
    assert "<" not in (schedule.last_error or ""), "/schedules shows no HTML either"
    assert not any(r.exc_info for r in caplog.records), "no traceback"
    figures.survived += 1
