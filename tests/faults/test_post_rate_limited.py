"""Discord answering `/post`'s messages in the channel 429 five times running (discord.py
waits each out, then gives up with the 429 itself) or with Cloudflare's 429 (an HTML page,
raised at once): the moderator is told the post did not go out (or not all of it), with no
word about "my answer" (the reply got through), and `/post` run again posts only what is
missing, each message once. Was: "Discord did not take my answer just now", the reply's
fault, said of a post Discord refused, and nothing about the messages already in the
channel."""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

POST = {"briefing": "nk-troops-russia", "part": "summary"}
RETRY_AFTER = 0.1
"""Seconds each 429 asks the bot to wait."""


async def post(double: DiscordDouble) -> str:
    """The moderator's /post of the summary (three messages) in #news; the reply's text."""
    sent = await double.slash("post", {**POST, "channel": double.news}, user=double.moderator)
    return (await sent.message(timeout=10)).text


@pytest.mark.timeout(30)
@pytest.mark.parametrize("cloudflare", [False, True], ids=["discord", "cloudflare"])
@pytest.mark.parametrize("after", [0, 1], ids=["first message", "second message"])
async def test_a_post_rate_limited_tells_the_moderator_and_the_retry_posts_the_rest(
    discord_double: DiscordDouble,
    bot: BriefBot,
    caplog: pytest.LogCaptureFixture,
    cloudflare: bool,
    after: int,
):
    kind = "Cloudflare's 429" if cloudflare else "429 five times"
    figures = tally(f"/post, {kind} on its message {after + 1}, run again")
    caplog.set_level(logging.WARNING)
    news = discord_double.news
    limited = discord_double.rate_limit_next(
        f"POST /channels/{news.id}/messages",
        retry_after=RETRY_AFTER,
        times=1 if cloudflare else 5,
        after=after,
        cloudflare=cloudflare,
    )
    told = await post(discord_double)
    figures.tried += 1
    assert len(limited.hits) == (1 if cloudflare else 5)
    assert news.mention in told and "try again" in told, told
    assert "my answer" not in told, "the answer got through: the post did not"
    if after == 0:
        assert "nothing was posted" in told, told
    else:
        assert "part of it may be there" in told and "only what is missing" in told, told
    assert len(discord_double.bot_messages_in(news)) == after
    ours = [r for r in caplog.records if not r.name.startswith("discord.")]  # its waits
    lines = [r.getMessage() for r in ours if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and "/post" in lines[0] and "429" in lines[0], lines
    assert "<html" not in lines[0], "Cloudflare's page is not logged"
    assert [r for r in caplog.records if r.exc_info] == [], "no traceback"

    assert "Posted" in await post(discord_double)
    assert len(discord_double.bot_messages_in(news)) == 3, "each of its messages once"
    assert len(posts_in(discord_double, news)) == 1, "one Quiz me button"
    figures.survived += 1
