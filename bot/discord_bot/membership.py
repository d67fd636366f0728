"""Who is a member of which server now, as far as Discord tells the bot."""

from __future__ import annotations

from collections.abc import Iterable

import discord

__all__ = ["MAX_ASKED", "fetched_member", "servers_of"]

MAX_ASKED = 3
"""Servers asked about one user in one reply, without the members intent (each is a request)."""


async def fetched_member(guild: discord.Guild, user_id: int) -> tuple[discord.Member | None, bool]:
    """A member asked for by id, and whether Discord said they are not a member (left)."""
    try:
        return await guild.fetch_member(user_id), False
    except discord.NotFound:
        return None, True
    except discord.HTTPException:
        return None, False


async def servers_of(
    client: discord.Client, user_id: int, guild_ids: Iterable[int], *, members_intent: bool
) -> dict[int, str]:
    """Which of `guild_ids` the user is a member of now, by id with the server's name.

    With the members intent the cache knows; without it, up to MAX_ASKED servers are asked
    and the others count as not the user's (so nothing of theirs is shown)."""
    found: dict[int, str] = {}
    asked = 0
    for guild_id in sorted(guild_ids):
        guild = client.get_guild(guild_id)
        if guild is None:  # the bot left it
            continue
        member = guild.get_member(user_id)
        if member is None and not members_intent and asked < MAX_ASKED:
            asked += 1
            member, _ = await fetched_member(guild, user_id)
        if member is not None:
            found[guild_id] = guild.name
    return found
