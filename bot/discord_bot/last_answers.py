"""A stop's first seconds: every interaction taken up gets its reply or a "try again" before
the link to Discord closes.

Counted from the stop signal (SIGTERM, SIGINT, SIGHUP):
1. Up to `TAKE_CLICKS`: the gateway stays open, so clicks already on their way from Discord
   are read and answered; this ends as soon as nothing has been handled for a moment.
2. If some are still being answered (a deferred click whose commit waits on a slow disk or a
   locked database): the gateway is closed, so no new click comes in, but the HTTP session
   stays open and their replies are awaited until `REPLIES_BY`.
3. Those still unanswered then are stopped and their users told privately to try again
   (`bot.discord_bot.stop_notice`), each note following a deferral still on its way, until
   `TOLD_BY`.
Only then may the caller close the HTTP session (`Client.close`). Was: the session was closed
1.5 s after the signal, under replies still to come ("Session is closed"), and the notes were
cut off while they waited for a deferral Discord was slow to take: on a loaded machine a
deferred click showed nothing at all.
"""

from __future__ import annotations

import asyncio
import logging

import discord

from bot.discord_bot.in_flight import InFlight
from bot.discord_bot.stop_notice import tell_unfinished

__all__ = ["REPLIES_BY", "TAKE_CLICKS", "TOLD_BY", "answer_the_last"]

log = logging.getLogger("briefbot")

TAKE_CLICKS = 1.5
"""Seconds after the signal during which clicks still arriving are taken up."""

REPLIES_BY = 3.25
"""Seconds after the signal by which the interactions taken up should have their replies."""

TOLD_BY = 4.0
"""Seconds after the signal by which the rest are told to try again (the process exits by
`runner.STOP_WITHIN`, 5 s)."""

_CLOSE_GATEWAY = 2.0
"""Seconds the gateway's polite close may take while the replies go on."""


async def answer_the_last(bot: discord.AutoShardedClient, in_flight: InFlight) -> None:
    """Steps 1-3 above, starting now (the signal); the HTTP session is left open."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    if not await in_flight.drain(TAKE_CLICKS):
        return
    closing = asyncio.create_task(_close_gateway(bot), name="close-gateway")
    unanswered = await in_flight.drain(began + REPLIES_BY - loop.time(), quiet=0)
    if unanswered:
        told = await tell_unfinished(in_flight.unfinished(), began + TOLD_BY - loop.time())
        log.warning(
            "stopping with %d interaction(s) still being answered (%d asked to try again)",
            unanswered,
            told,
        )
    closing.cancel()
    await asyncio.gather(closing, return_exceptions=True)


async def _close_gateway(bot: discord.AutoShardedClient) -> None:
    """Stop taking events from Discord, politely and briefly (the HTTP session stays)."""
    try:
        async with asyncio.timeout(_CLOSE_GATEWAY):
            await asyncio.gather(*(shard.disconnect() for shard in bot.shards.values()))
    except TimeoutError:
        log.warning("Discord did not confirm the disconnect in %.0f s", _CLOSE_GATEWAY)
