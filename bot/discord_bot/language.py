"""Which language an interaction is answered in, and the server's language for background work.

A student's Discord locale wins when we ship it; otherwise the server's `/settings language`;
otherwise English (`bot.i18n.pick_language`). The server's settings are read only when the
student's locale is not one we ship, so most interactions cost no database read.
"""

from __future__ import annotations

import logging
from typing import Protocol

import discord

from bot.core.progress import GuildSettings
from bot.i18n import LANGUAGES, pick_language

__all__ = ["interaction_language", "server_language"]

log = logging.getLogger(__name__)


class SettingsReader(Protocol):
    """Reads a server's settings (the settings repository provides it)."""

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, defaults for anything never changed."""
        ...


def _shipped(locale: str | None) -> bool:
    """Whether we ship the language of `locale` (`fr`, `en-US`...)."""
    code = (locale or "").replace("_", "-").split("-", 1)[0].lower()
    return code in LANGUAGES


async def server_language(store: SettingsReader, guild_id: int | None) -> str:
    """The language a server chose with /settings (English when none, or unreadable)."""
    if guild_id is None:
        return pick_language(None)
    try:
        settings = await store.get_settings(guild_id)
    except Exception as exc:  # an outage: speak English rather than fail the request here
        log.warning("server %s: language unknown, the settings are unreadable (%r)", guild_id, exc)
        return pick_language(None)
    return pick_language(settings.language)


async def interaction_language(interaction: discord.Interaction, store: SettingsReader) -> str:
    """The student's locale if shipped, else the server's language, else English."""
    locale = interaction.locale.value if interaction.locale else None
    if _shipped(locale):
        return pick_language(locale)
    return await server_language(store, interaction.guild_id)
