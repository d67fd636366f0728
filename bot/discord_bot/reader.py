"""The student's reading preferences, entered for the interaction being handled.

Read once per interaction (a command, a button, a modal) before its handler runs, so the
renderer (`bot.discord_bot.respond`) and the services see `current_preferences()`. A slow or
failing read never costs the student their answer or Discord's 3 s: after `READ_TIMEOUT` they
get the preferences last read for them (the defaults for a student not seen since the
start), and for `OUTAGE_PAUSE` after a failure the read is not tried (the handler then meets
the outage itself, once, and says so: as text to a student who chose text only).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict

import discord

from bot.core.preferences import Preferences, PreferencesService, enter_preferences
from bot.discord_bot.fixed_delay import FixedDelay

__all__ = ["OUTAGE_PAUSE", "READ_TIMEOUT", "REMEMBERED", "Reader"]

log = logging.getLogger(__name__)

READ_TIMEOUT = 0.3
"""Seconds the read may take before the defaults are used (a healthy read takes a few ms)."""
OUTAGE_PAUSE = 5.0
"""Seconds after a failed read during which the defaults are used without trying."""
REMEMBERED = 10_000
"""Students whose preferences last read are kept for an outage (the most recent)."""


class Reader:
    """Enters each interaction's preferences, read through one `PreferencesService`."""

    def __init__(self, service: PreferencesService) -> None:
        self.service = service
        self._paused_until = 0.0
        self._last_read: OrderedDict[tuple[int, int | None], Preferences] = OrderedDict()
        """Each recent student's preferences as last read: what a failed read falls back on
        (never read instead of the store, whose choice made elsewhere counts at once)."""

    async def enter(self, interaction: discord.Interaction) -> None:
        """Enter the preferences of the student behind `interaction` for the rest of its task."""
        if interaction.type is discord.InteractionType.autocomplete:
            return
        enter_preferences(await self._read(interaction.user.id, interaction.guild_id))

    async def _read(self, user_id: int, guild_id: int | None) -> Preferences:
        key = (user_id, guild_id)
        if time.monotonic() < self._paused_until:
            return self._last_read.get(key, Preferences())
        # Not cancelled when late (its batch, shared with other reads, still ends normally).
        read = self.service.effective_soon(user_id, guild_id)
        if not await _settled_within(read):
            read.add_done_callback(_retrieve)
        problem = read.exception() if read.done() else TimeoutError(f"over {READ_TIMEOUT} s")
        if problem is None:
            return self._remember(key, read.result())
        now = time.monotonic()
        if now >= self._paused_until:  # one line per outage, not one per read in flight
            log.warning("reading the preferences of user %s failed: %r", user_id, problem)
        self._paused_until = now + OUTAGE_PAUSE  # an outage: as last read meanwhile
        return self._last_read.get(key, Preferences())

    def forget(self, user_id: int) -> None:
        """Drop what was last read for this student (`/forgetme`: nothing of theirs is kept)."""
        for key in [k for k in self._last_read if k[0] == user_id]:
            del self._last_read[key]

    def _remember(self, key: tuple[int, int | None], preferences: Preferences) -> Preferences:
        """Keep `preferences` as the student's last read (the oldest student forgotten)."""
        self._last_read[key] = preferences
        self._last_read.move_to_end(key)
        if len(self._last_read) > REMEMBERED:
            self._last_read.popitem(last=False)
        return preferences


_read_timeouts = FixedDelay(READ_TIMEOUT)


async def _settled_within(future: asyncio.Future[Preferences]) -> bool:
    """Wait until `future` is done or `READ_TIMEOUT` has passed, never cancelling it; whether
    done. One wake-up and a place in a shared timeout queue: lighter than `asyncio.wait` with
    a timer of its own, which every interaction paid."""
    if future.done():
        return True
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()

    def wake(_: object = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    timeout = _read_timeouts.call_later(wake)
    future.add_done_callback(wake)
    try:
        await waiter
    finally:
        timeout.cancel()
        future.remove_done_callback(wake)
    return future.done()


def _retrieve(read: asyncio.Future[Preferences]) -> None:
    """Mark a late read's failure as seen (it was logged, or the reader moved on)."""
    if not read.cancelled():
        read.exception()
