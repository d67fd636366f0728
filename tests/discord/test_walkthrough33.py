"""Walkthrough 33: a club moderator's threads, late guesses and a fresh server.

A moderator who keeps a club's reading in a thread could not name it in /post (only text
channels were offered), and the invite's permissions lacked Send Messages in Threads, so a
schedule set from a thread was refused with no way out the invite showed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, run
from tests.discord_double import DiscordDouble, Overwrite, Perm

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # a Monday morning


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_moderator_posts_a_briefing_into_a_thread(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    thread = await double.add_thread("week 48 reading", double.news)

    done = await run(double, "post", {"briefing": "mini", "channel": thread})

    assert f"is in <#{thread.id}>" in done.text, done.text
    assert len(posts_in(double, thread)) == 1, "the post with its Quiz me button, in the thread"


async def test_with_the_invites_permissions_a_moderator_schedules_and_posts_in_a_thread(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """In a server whose @everyone may not post in threads, the bot's role holds exactly what
    the README's invite asks for: /schedule run in a thread and /post into one both work."""
    double = discord_double
    (invite,) = set(re.findall(r"permissions=(\d+)", README))
    everyone = double.guild.everyone
    threads = int(Perm.SEND_MESSAGES_IN_THREADS)
    await double.set_role_permissions(everyone.name, int(everyone.permissions) & ~threads)
    await double.set_role_permissions("briefbot", int(invite))
    thread = await double.add_thread("club reading", double.news)
    options = {"what": "briefing", "time": "10:00", "briefing": "mini"}

    itx = await double.slash("schedule", options, user=double.moderator, channel=thread)
    assert "I will post the briefing" in (await itx.message()).text
    done = await run(double, "post", {"briefing": "mini", "channel": thread})
    assert len(posts_in(double, thread)) == 1, done.text


async def test_a_schedule_set_in_a_thread_names_the_thread_permission_it_lacks(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    closed = await double.add_channel(
        "club",
        overwrites=[Overwrite(double.bot_user.id, 1, deny=int(Perm.SEND_MESSAGES_IN_THREADS))],
    )
    thread = await double.add_thread("club reading", closed)
    options = {"what": "briefing", "time": "10:00", "briefing": "mini"}

    itx = await double.slash("schedule", options, user=double.moderator, channel=thread)
    refused = await itx.message()

    assert "Send Messages in Threads" in refused.text, refused.text
    assert f"<#{thread.id}>" in refused.text
    assert await services.store.schedules.list_schedules(double.guild.id) == []
