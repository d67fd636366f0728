"""Server-only commands in direct messages. Discord's client does not offer a command whose
`contexts` leave out DMs (discord.py's `guild_only`), so the double refuses to send one, as
Discord does. If one arrives anyway (an old client, a stale command list), the bot says where
the command works instead of "Something went wrong"."""

from __future__ import annotations

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble, NotOffered


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
