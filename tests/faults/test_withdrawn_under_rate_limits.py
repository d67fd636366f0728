"""`/briefing unpublish` and `/briefing remove` given up at 10 s while the briefing's posts are
still being edited into a notice under Discord's rate limits (a briefing posted in several
channels, each edit answered 429 first): the moderator is asked to try again, the edits go on
to their end, and every post ends as a notice without its buttons; tried again, the moderator
is told what is true (not published, removed), never "Sorry, something went wrong".

Nothing needed changing (faults-40b made the edits part of the work that runs to its end).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

CHANNELS = 3


async def posted_in_channels(double: DiscordDouble) -> list[Any]:
    """`harbour` uploaded, published and posted in `CHANNELS` channels: its posts."""
    mod = double.moderator
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    uploaded = await double.slash("briefing upload", upload, user=mod)
    assert "no problems" in (await uploaded.message()).text
    published = await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    assert "now get version 1" in (await published.message(timeout=10)).text
    channels = [double.news, *[await double.add_channel(f"class{n}") for n in range(CHANNELS - 1)]]
    posts = []
    for channel in channels:
        posted = await double.slash("post", {"briefing": "harbour", "channel": channel}, user=mod)
        await posted.message(timeout=10)
        (post,) = [m for m in double.bot_messages_in(channel) if m.buttons]
        posts.append(post)
    return posts


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", ["unpublish", "remove"])
async def test_given_up_while_its_posts_are_edited_every_post_ends_as_a_notice(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
):
    figures = tally(f"/briefing {command} given up while its posts are edited")
    posts = await posted_in_channels(discord_double)
    mod = discord_double.moderator
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    discord_double.rate_limit_next("PATCH /channels/", retry_after=1.2, times=CHANNELS)
    if command == "unpublish":
        first = await discord_double.slash("briefing unpublish", {"briefing": "harbour"}, user=mod)
    else:
        asked = await discord_double.slash("briefing remove", {"briefing": "harbour"}, user=mod)
        ask = await asked.message(timeout=10)
        first = await discord_double.click(ask, label="Yes, delete it", user=mod)
    told = await first.told(timeout=15)
    figures.tried += 1
    assert told.ephemeral and "try again" in told.text.lower(), "given up at 10 s, politely"
    assert "something went wrong" not in told.text.lower(), told.text
    assert first not in discord_double.late_interactions()
    for post in posts:
        await discord_double.wait_for(lambda p=post: "was withdrawn" in p.text or None, timeout=15)
        assert post.buttons == [], "every post ends as a notice"
    if command == "unpublish":
        again = await discord_double.slash("briefing unpublish", {"briefing": "harbour"}, user=mod)
        assert "is not published" in (await again.message(timeout=10)).text
    else:
        again = await discord_double.click(ask, label="Yes, delete it", user=mod)
        assert "That briefing was removed." in (await again.message(timeout=10)).text
    figures.survived += 1
