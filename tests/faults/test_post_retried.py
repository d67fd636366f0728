"""A moderator's `/post` of a three-message briefing whose second message Discord took but
whose answer was lost (the connection dropped): the moderator is asked to try again, and
`/post` run again posts the rest, so the channel shows the briefing once, one Quiz me button
under its last message (was: a new random nonce per message, so the retry posted the whole
briefing again under the first two messages)."""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

POST = {"briefing": "nk-troops-russia", "part": "summary"}


@pytest.mark.timeout(30)
async def test_post_run_again_after_a_lost_answer_shows_the_briefing_once(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    figures = tally("/post, connection dropped after Discord took its 2nd message, run again")
    caplog.set_level(logging.WARNING)
    news = discord_double.news
    route = f"POST /channels/{news.id}/messages"
    dropped = discord_double.reset_next(route, served=True, after=1)
    first = await discord_double.slash(
        "post", {**POST, "channel": news}, user=discord_double.moderator
    )
    told = await first.message(timeout=10)
    assert len(dropped.hits) == 1 and "try again" in told.text
    assert len(discord_double.bot_messages_in(news)) == 2, "two of its three went out"
    figures.tried += 1
    again = await discord_double.slash(
        "post", {**POST, "channel": news}, user=discord_double.moderator
    )
    done = await again.message(timeout=10)
    assert "Posted" in done.text
    figures.survived += 1
    assert len(discord_double.bot_messages_in(news)) == 3, "each of its messages once"
    assert len(posts_in(discord_double, news)) == 1, "one Quiz me button"
    assert [r for r in caplog.records if r.exc_info] == [], "no traceback"
