"""Discord failing a reply with a 5xx (an outage, past discord.py's own retries).

It is Discord's fault, not a bug of ours: one warning line for the operator, never a
traceback, and the user is asked to try again (the reply that failed said nothing was done
that was not committed first, so the retry shows where things stand).
"""

from __future__ import annotations

import logging

import discord

from bot.i18n import N_

__all__ = ["DISCORD_DOWN", "is_discord_down", "log_discord_down"]

log = logging.getLogger("briefbot")

DISCORD_DOWN = N_("Discord did not take my answer just now. Please try again in a moment.")
"""What a user is told when Discord failed the reply with a 5xx."""


def is_discord_down(error: BaseException) -> bool:
    """Whether `error` is Discord failing a request with a 5xx."""
    return isinstance(error, discord.DiscordServerError)


def log_discord_down(interaction: discord.Interaction, what: str, error: BaseException) -> None:
    """One warning line: Discord failed the reply to `what`."""
    log.warning(
        "%s by user %s: Discord failed the reply (%s); the user is asked to try again",
        what,
        interaction.user.id,
        error,
    )
