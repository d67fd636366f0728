"""Types shared by the Discord adapter: interactions typed with the bot class."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

import discord

if TYPE_CHECKING:
    from bot.discord_bot.client import BriefBot

__all__ = ["Interaction"]

Interaction: TypeAlias = discord.Interaction["BriefBot"]
"""An interaction whose `client` is briefbot (R. Danny's `discord.Interaction[RoboDanny]`)."""
