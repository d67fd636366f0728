"""Fetch a file a user attached: only from Discord's own attachment host, size checked first."""

from __future__ import annotations

from urllib.parse import urlsplit

import discord

from bot.core.errors import InvalidInput
from bot.core.wording import kibibytes
from bot.i18n import _

__all__ = [
    "DISCORD_ATTACHMENT_HOSTS",
    "check_attachment",
    "fetch_attachment",
    "from_discord",
    "read_attachment",
]

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
    check_attachment(attachment, max_bytes, suffixes)
    return await read_attachment(attachment, max_bytes)


def check_attachment(
    attachment: discord.Attachment,
    max_bytes: int,
    suffixes: tuple[str, ...],
    fix: str = "",
    kind_fix: str = "",
) -> None:
    """InvalidInput, without downloading anything, for a wrong kind of file (with `kind_fix`,
    what to do about it), a file over `max_bytes` (with `fix`), or a URL not on Discord's
    host: answerable at once."""
    name = attachment.filename
    if not name.lower().endswith(suffixes):
        raise InvalidInput(
            _("Attach a {kinds} file (got “{name}”).").format(
                kinds=_(" or ").join(suffixes), name=name[:60]
            )
            + (f" {kind_fix}" if kind_fix else "")
        )
    if attachment.size > max_bytes:
        raise InvalidInput(
            _("“{name}” is {size} KiB; the most accepted is {most} KiB.").format(
                name=name[:60],
                size=kibibytes(attachment.size),
                most=kibibytes(max_bytes),
            )
            + (f" {fix}" if fix else "")
        )
    if not from_discord(attachment.url):
        raise InvalidInput(_("That attachment is not on Discord's file server; attach it again."))


async def read_attachment(attachment: discord.Attachment, max_bytes: int) -> bytes:
    """Download a checked attachment (`check_attachment`): it may take Discord's file server
    seconds, so the interaction is deferred first. InvalidInput if it fails or is too big."""
    try:
        data = await attachment.read()
    except discord.HTTPException:
        raise InvalidInput(_("Discord did not hand me the file; attach it again.")) from None
    if len(data) > max_bytes:
        raise InvalidInput(
            _("“{name}” is larger than it said; the most accepted is {most} KiB.").format(
                name=attachment.filename[:60], most=kibibytes(max_bytes)
            )
        )
    return data
