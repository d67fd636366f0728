"""Answer within Discord's 3 s however long the work takes: defer only when it runs late.

An interaction must get its first reply within 3 s of the user's click. Work that usually
takes milliseconds (committing an answer) is awaited until `DEFER_AFTER` seconds after the
click; if it is not done by then, the interaction is deferred (the student sees "thinking" or
an unchanged message) and the reply follows when the work ends. A fast commit is answered in
one step, as before; a slow one is never "This interaction failed". The click's time comes
from the interaction's id, so a click that reached the bot late (a slow gateway, the process
paused) is deferred sooner; when the clocks disagree, the time counts from the work's start.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.discord_bot.click_age import trusted_lateness
from bot.discord_bot.fixed_delay import FixedDelay, Timeout
from bot.discord_bot.interaction import Interaction

__all__ = ["DEFER_AFTER", "within_deadline"]

T = TypeVar("T")

DEFER_AFTER = 1.5
"""Seconds after the click at which unfinished work is deferred (Discord allows 3)."""

ON_TIME = 0.25
"""Seconds of lateness below which a click counts as delivered at once: its deferral waits on
the shared timer (`DEFER_AFTER` from the work's start, at most 1.75 s after the click)."""


async def within_deadline(
    interaction: Interaction,
    work: Awaitable[T],
    *,
    private: bool = False,
    defer_after: float = DEFER_AFTER,
) -> T:
    """Await `work`; defer `interaction` first if it is not done `defer_after` seconds after
    the click (after the work's start when the click's time cannot be trusted).

    `private`: defer with a private "thinking" message (the reply will be a new message);
    otherwise the clicked message stays as it is until the reply edits it. The work is never
    cancelled: a commit that ends after a failed defer still counts, and a coroutine's task
    is shielded from the caller's cancellation (a future's producer goes on when its waiter
    gives up). No timer of its own and no waiting task: a fast commit is awaited directly.
    """
    future = asyncio.ensure_future(work)
    if future.done():
        return future.result()
    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()  # timeouts fire outside this interaction's context
    deferring: list[asyncio.Task[None]] = []

    def defer_if_late() -> None:
        if not future.done() and not interaction.response.is_done():
            deferring.append(loop.create_task(_defer(interaction, private), context=context))

    timeout = _defer_timer(interaction, defer_after, defer_if_late)
    try:
        return await (asyncio.shield(future) if isinstance(future, asyncio.Task) else future)
    finally:
        timeout.cancel()
        if deferring:  # the reply waits until Discord has the deferral
            await deferring[0]


def _defer_timer(
    interaction: Interaction, defer_after: float, defer_if_late: Callable[[], None]
) -> Timeout | asyncio.TimerHandle:
    """Call `defer_if_late` `defer_after` seconds after the click: on the shared timer for
    a click delivered at once (nearly all), on a timer of its own for a late one."""
    late = trusted_lateness(interaction)
    if late < ON_TIME:
        return _delays(defer_after).call_later(defer_if_late)
    return asyncio.get_running_loop().call_later(max(0.0, defer_after - late), defer_if_late)


@functools.cache
def _delays(seconds: float) -> FixedDelay:
    """One queue of timeouts per delay (one in use: `DEFER_AFTER`; tests pass shorter)."""
    return FixedDelay(seconds)


async def _defer(interaction: Interaction, private: bool) -> None:
    if private:
        await interaction.response.defer(ephemeral=True, thinking=True)
    else:
        await interaction.response.defer()
