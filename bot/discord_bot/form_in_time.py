"""Open an answer box in time: Discord shows a form only as an interaction's first response,
so a click that must load something first (a quiz rebuilt from the store after a restart,
while a crowd of students comes back at once) waits for it only until `FORM_WITHIN` seconds
after the click, leaving room to send the form before the deferral at `DEFER_AFTER` takes
the first response (was: "That took me too long to open the form", seed 850)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

from bot.discord_bot.click_age import trusted_lateness
from bot.discord_bot.deadline import DEFER_AFTER

__all__ = ["FORM_WITHIN", "loaded_in_time_for_a_form"]

T = TypeVar("T")

FORM_WITHIN = DEFER_AFTER - 0.5
"""Seconds after the click by which a form's content is taken as it is (or left out)."""


async def loaded_in_time_for_a_form(
    interaction: discord.Interaction, loading: Awaitable[T]
) -> T | None:
    """What `loading` gives, or None if it is still loading `FORM_WITHIN` seconds after the
    click; it goes on loading (the form's submit needs it), and its error then, if any, is
    left to that submit. An error within the time is raised as usual."""
    task = asyncio.ensure_future(loading)
    budget = max(0.0, FORM_WITHIN - trusted_lateness(interaction))
    try:
        return await asyncio.wait_for(asyncio.shield(task), budget)
    except TimeoutError:
        task.add_done_callback(_retrieved)
        return None


def _retrieved(task: asyncio.Future[Any]) -> None:
    """Mark a late load's error as seen: the submit that follows loads again and says it."""
    if not task.cancelled():
        task.exception()
