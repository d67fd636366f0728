"""Server-only commands in direct messages. Discord's client does not offer a command whose
`contexts` leave out DMs (discord.py's `guild_only`), so the double refuses to send one, as
Discord does. If one arrives anyway (an old client, a stale command list), the bot says where
the command works instead of "Something went wrong"."""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble, NotOffered

SERVER_ONLY = ["leaderboard", "assignments", "schedules", "reported", "briefing list"]
"""Server-only commands a member can run without options: the students' and the moderators'."""


def server_only_names(double: DiscordDouble) -> list[str]:
    """The registered commands that Discord offers in servers only."""
    return [c["name"] for c in double.state.commands if c.get("contexts") == [0]]


async def test_discord_offers_no_server_only_command_in_a_dm(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    names = server_only_names(discord_double)
    assert {"leaderboard", "assignments", "briefing", "assign", "report"} <= set(names)
    dm = discord_double.dm_channel(discord_double.moderator)
    for name in names:
        with pytest.raises(NotOffered, match=f"/{name} "):
            await discord_double.slash(name, user=discord_double.moderator, channel=dm)
    with pytest.raises(NotOffered):
        await discord_double.autocomplete(
            "briefing publish", {"briefing": ""}, focused="briefing", channel=dm
        )
    assert discord_double.state.interactions == {}, "nothing reached the bot"
    reply = await (await discord_double.slash("score", channel=dm)).message()
    assert "guild_id" not in reply.data, "a command offered everywhere still works in a DM"


@pytest.mark.parametrize("name", SERVER_ONLY)
async def test_a_server_only_command_that_arrives_in_a_dm_anyway_says_where_it_works(
    discord_double: DiscordDouble, bot: BriefBot, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    user = discord_double.moderator
    dm = discord_double.dm_channel(user)
    with caplog.at_level(logging.ERROR):
        itx = await discord_double.slash(name, user=user, channel=dm, as_an_old_client=True)
        reply = await itx.message()
    top = name.split()[0]
    assert f"/{top} works in a server" in reply.text
    assert "Something went wrong" not in reply.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "nothing failed"
