"""The student's reading preferences, entered for the interaction being handled.

Read once per interaction (a command, a button, a modal) before its handler runs, so the
renderer (`bot.discord_bot.respond`) and the services see `current_preferences()`. A slow or
failing read never costs the student their answer: they get the default preferences.
"""

from __future__ import annotations

import asyncio
import logging

import discord

from bot.core.preferences import Preferences, PreferencesService, enter_preferences

__all__ = ["READ_TIMEOUT", "enter_reader"]

log = logging.getLogger(__name__)

READ_TIMEOUT = 1.0
"""Seconds the read may take before the defaults are used (Discord answers within 3 s)."""


async def enter_reader(service: PreferencesService, interaction: discord.Interaction) -> None:
    """Enter the preferences of the student behind `interaction` for the rest of its task."""
    if interaction.type is discord.InteractionType.autocomplete:
        return
    try:
        found = await asyncio.wait_for(
            service.effective(interaction.user.id, interaction.guild_id), READ_TIMEOUT
        )
    except Exception as exc:  # an outage: the handler itself reports it if it needs the store
        log.warning("reading the preferences of user %s failed: %r", interaction.user.id, exc)
        found = Preferences()
    enter_preferences(found)
