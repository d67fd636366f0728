"""How long ago the user acted: an interaction's age, read from its Discord id, and timers
counted from that moment."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable

import discord

from bot.discord_bot.fixed_delay import FixedDelay, Timeout

__all__ = [
    "ANSWER_WINDOW",
    "ON_TIME",
    "call_after_click",
    "clicked_at",
    "seconds_since_click",
    "trusted_lateness",
]

ANSWER_WINDOW = 3.0
"""Seconds Discord allows for the first answer to an interaction, counted from its creation."""

ON_TIME = 0.25
"""Seconds of lateness below which a click counts as delivered at once: its timers wait on a
shared queue (`seconds` from their start, at most `ON_TIME` more after the click)."""


def clicked_at(interaction: discord.Interaction) -> float:
    """When Discord created `interaction`, in seconds since the Unix epoch: its id's time part
    read as plain numbers (`interaction.created_at` builds a datetime; every interaction
    asks, some several times)."""
    return ((interaction.id >> 22) + discord.utils.DISCORD_EPOCH) / 1000


def seconds_since_click(interaction: discord.Interaction) -> float:
    """Seconds between Discord creating `interaction` and now, by this machine's clock."""
    return time.time() - clicked_at(interaction)


def trusted_lateness(interaction: discord.Interaction) -> float:
    """Seconds the interaction reached the bot after the user acted, or 0 when the clocks
    disagree: an age below 0, or above Discord's 3 s (it would already be refused), says
    this machine's clock and Discord's are apart, and the age means nothing."""
    age = seconds_since_click(interaction)
    return age if 0.0 <= age <= ANSWER_WINDOW else 0.0


def call_after_click(
    interaction: discord.Interaction, seconds: float, callback: Callable[[], None]
) -> Timeout | asyncio.TimerHandle:
    """Call `callback` `seconds` after the click (after now when the clocks disagree): on a
    shared timer for a click delivered at once (nearly all), on a timer of its own for a late
    one. Cancel the returned handle to keep it from running."""
    late = trusted_lateness(interaction)
    if late < ON_TIME:
        return _delays(seconds).call_later(callback)
    return asyncio.get_running_loop().call_later(max(0.0, seconds - late), callback)


@functools.cache
def _delays(seconds: float) -> FixedDelay:
    """One queue of timeouts per delay (a few in use; tests pass shorter ones)."""
    return FixedDelay(seconds)
