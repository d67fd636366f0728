"""Interactions Discord no longer takes an answer for.

Discord accepts the first answer to an interaction within 3 s of the click. When the bot
could not answer in time (its process was paused, or Discord held a reply back with a rate
limit), Discord refuses with "Unknown interaction" and shows the student "This interaction
failed"; the student can click again. Nothing more can be sent to that interaction, so this is
one warning line for the operator, never a traceback and never a second reply attempt.
"""

from __future__ import annotations

import logging

import discord

from bot.discord_bot.click_age import seconds_since_click

__all__ = ["EXPIRED_CHOICES", "UNKNOWN_INTERACTION", "ExpiredChoices", "is_expired", "log_expired"]

log = logging.getLogger("briefbot")

UNKNOWN_INTERACTION = 10062
"""Discord's error code for an interaction past its answer window (or never known)."""


def is_expired(error: BaseException) -> bool:
    """Whether `error` is Discord refusing an answer because the interaction expired."""
    return isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION


def log_expired(interaction: discord.Interaction, what: str) -> None:
    """One warning line: `what` could not be answered, and how old the interaction was."""
    age = seconds_since_click(interaction)
    log.warning(
        "%s by user %s: Discord no longer took the reply (%.1f s after the click; it allows "
        '3 s); the user saw "This interaction failed" and can try again',
        what,
        interaction.user.id,
        age,
    )


class ExpiredChoices(logging.Filter):
    """discord.py answers an autocomplete itself and logs any failure of that answer with its
    traceback ("Ignoring exception in autocomplete"). Choices Discord refused because the
    interaction expired (the process was paused past the 3 s) become one warning line: the
    user saw no choices and types on. Any other failure is left as it is."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is None or not is_expired(error) or "autocomplete" not in str(record.msg):
            return True
        record.msg = (
            "autocomplete /%s in server %s by user %s: Discord no longer took the choices "
            "(it allows 3 s after the keystroke); the user types on"
        )
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


EXPIRED_CHOICES = ExpiredChoices()
"""The one filter on discord.py's command tree logger (added once, however many bots start)."""
