"""For `briefbot doctor`: which servers miss which permission where the bot posts on its own.

Logs in over REST only (no gateway), reads the scheduled posts from the database, and checks
each scheduled channel as Discord would: the server's roles, the bot's roles there, the
channel's overwrites. One `Check` per server, naming the channels and the permissions to grant.
"""

from __future__ import annotations

from collections import defaultdict

import aiohttp
import discord

from bot.config import Settings
from bot.discord_bot.posting import needed_to_post
from bot.store import open_store
from bot.store.health import Check

__all__ = ["check_permissions"]


async def check_permissions(settings: Settings) -> list[Check]:
    """One check per server that has scheduled posts (or one line if there are none)."""
    assert settings.discord_token is not None
    store = await open_store(settings.database_url)
    try:
        schedules = await store.schedules.list_schedules()
        text_only = {
            guild_id: (await store.settings.get_settings(guild_id)).text_only_default
            for guild_id in {schedule.guild_id for schedule in schedules}
        }
    finally:
        await store.close()
    if not schedules:
        return [Check("permissions", True, "no scheduled posts, nothing to check")]
    channels_of: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for schedule in schedules:
        channels_of[schedule.guild_id][schedule.channel_id].append(schedule.number or 0)
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(settings.discord_token.reveal())
    except discord.LoginFailure:
        await client.close()
        return [Check("discord", False, "Discord rejected the token: copy it again")]
    except (aiohttp.ClientError, OSError) as exc:
        await client.close()
        return [Check("discord", False, f"cannot reach Discord ({type(exc).__name__})")]
    try:
        assert client.user is not None
        return [
            await _check_server(client, client.user.id, guild_id, channels, text_only[guild_id])
            for guild_id, channels in sorted(channels_of.items())
        ]
    finally:
        await client.close()


async def _check_server(
    client: discord.Client,
    bot_id: int,
    guild_id: int,
    schedules_in: dict[int, list[int]],
    text_only: bool,
) -> Check:
    """Whether the bot may post in each scheduled channel of one server (a text-only
    server's posts take no Embed Links)."""
    name = f"server {guild_id}"
    try:
        guild = await client.fetch_guild(guild_id)
        member = await guild.fetch_member(bot_id)
        channels = {c.id: c for c in await guild.fetch_channels()}
    except (discord.NotFound, discord.Forbidden):
        return Check(
            name,
            False,
            "the bot is not in this server any more: invite it again, or remove its schedules",
        )
    name = f"server {guild.name} ({guild_id})"
    problems: list[str] = []
    for channel_id, schedule_ids in sorted(schedules_in.items()):
        numbers = ", ".join(f"#{n}" for n in schedule_ids)
        channel = channels.get(channel_id)
        if channel is None:
            problems.append(f"channel {channel_id} is gone (remove schedule {numbers})")
            continue
        perms = channel.permissions_for(member)
        needed = needed_to_post(channel, text_only=text_only)
        missing = [label for flag, label in needed.items() if not getattr(perms, flag)]
        if missing:
            problems.append(f"#{channel.name} misses {', '.join(missing)}")
    if problems:
        fix = "grant them to the bot's role in each channel (Edit Channel > Permissions)"
        return Check(name, False, f"{'; '.join(problems)}: {fix}")
    return Check(name, True, f"can post in all {len(schedules_in)} scheduled channel(s)")
