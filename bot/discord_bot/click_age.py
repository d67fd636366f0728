"""How long ago the user acted: an interaction's age, read from its Discord id."""

from __future__ import annotations

import discord

__all__ = ["ANSWER_WINDOW", "seconds_since_click", "trusted_lateness"]

ANSWER_WINDOW = 3.0
"""Seconds Discord allows for the first answer to an interaction, counted from its creation."""


def seconds_since_click(interaction: discord.Interaction) -> float:
    """Seconds between Discord creating `interaction` and now, by this machine's clock."""
    return (discord.utils.utcnow() - interaction.created_at).total_seconds()


def trusted_lateness(interaction: discord.Interaction) -> float:
    """Seconds the interaction reached the bot after the user acted, or 0 when the clocks
    disagree: an age below 0, or above Discord's 3 s (it would already be refused), says
    this machine's clock and Discord's are apart, and the age means nothing."""
    age = seconds_since_click(interaction)
    return age if 0.0 <= age <= ANSWER_WINDOW else 0.0
