"""A reply still on its way to Discord when the bot stops (SIGTERM; here Discord holding the
follow-up that tells a moderator their `/post` is in the channel): closing the link to
Discord fails it, and nobody can be told any more. Was: the warning line said "the user is
asked to try again", which the stop made untrue; now it says the bot was stopping, and the
retry after the restart is the user's (a /post run again says it is already posted; a
`/report` CSV, built in memory and sent as one request, comes whole: `docs/reliability.md`,
faults-46)."""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble

POST = {"briefing": "nk-troops-russia", "part": "summary"}


@pytest.mark.timeout(30)
async def test_a_reply_cut_by_the_stop_is_logged_as_such(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING, logger="briefbot")
    held = discord_double.hang_next("/webhooks")
    news = discord_double.news
    await discord_double.slash("post", {**POST, "channel": news}, user=discord_double.moderator)
    await discord_double.wait_for(lambda: held.hits or None, timeout=10)
    assert len(discord_double.bot_messages_in(news)) == 3, "posted; its reply held"
    await discord_double.stop(bot)
    lines = [r.getMessage() for r in caplog.records if r.name == "briefbot"]
    assert len(lines) == 1 and "command /post" in lines[0], lines
    assert "stopping" in lines[0] and "asked to try again" not in lines[0], lines
    assert not any(r.exc_info for r in caplog.records), "no traceback"
