"""Fetch a file a user attached: only from Discord's own attachment host, size checked first."""

from __future__ import annotations

from urllib.parse import urlsplit

import discord

from bot.core.errors import InvalidInput

__all__ = ["DISCORD_ATTACHMENT_HOSTS", "fetch_attachment", "from_discord"]

DISCORD_ATTACHMENT_HOSTS = frozenset({"cdn.discordapp.com", "media.discordapp.net"})


def from_discord(url: str) -> bool:
    """True for Discord's attachment hosts over HTTPS, or the host discord.py's API calls go
    to (the Discord test double serves attachments there)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname in DISCORD_ATTACHMENT_HOSTS:
        return True
    api = urlsplit(discord.http.Route.BASE)
    return (parts.scheme, parts.netloc) == (api.scheme, api.netloc)


async def fetch_attachment(
    attachment: discord.Attachment, max_bytes: int, suffixes: tuple[str, ...]
) -> bytes:
    """The attachment's bytes, or InvalidInput with a clear message: a wrong kind of file, a
    file over `max_bytes` (refused before downloading it), or a URL not on Discord's host."""
    name = attachment.filename
    if not name.lower().endswith(suffixes):
        raise InvalidInput(f"Attach a {' or '.join(suffixes)} file (got “{name[:60]}”).")
    if attachment.size > max_bytes:
        raise InvalidInput(
            f"“{name[:60]}” is {attachment.size / 1024:,.0f} KiB; the most accepted is "
            f"{max_bytes / 1024:,.0f} KiB."
        )
    if not from_discord(attachment.url):
        raise InvalidInput("That attachment is not on Discord's file server; attach it again.")
    try:
        data = await attachment.read()
    except discord.HTTPException:
        raise InvalidInput("Discord did not hand me the file; attach it again.") from None
    if len(data) > max_bytes:
        raise InvalidInput(
            f"“{name[:60]}” is larger than it said; the most accepted is "
            f"{max_bytes / 1024:,.0f} KiB."
        )
    return data
