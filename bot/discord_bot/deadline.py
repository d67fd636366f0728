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
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

from bot.core.errors import BriefbotError
from bot.discord_bot.click_age import call_after_click
from bot.discord_bot.first_response import answering, defer_once, expect_reply
from bot.discord_bot.interaction import Interaction

__all__ = ["DEFER_AFTER", "within_deadline"]

T = TypeVar("T")

log = logging.getLogger(__name__)

DEFER_AFTER = 1.5
"""Seconds after the click at which unfinished work is deferred (Discord allows 3)."""


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
    gives up). No timer of its own and no waiting task: a fast commit is awaited directly,
    and a watched interaction is deferred by its watch (`bot.discord_bot.answer_in_time`).
    """
    future = asyncio.ensure_future(work)
    if future.done():
        return future.result()
    expect_reply(interaction, private=private)  # any deferral is made the same way
    if defer_after == DEFER_AFTER and answering(interaction) is not None:
        # Watched (`bot.discord_bot.answer_in_time`): the watch defers at this moment, and the
        # reply waits for that deferral (`Responding`); a second timer would do it twice.
        return await _unstoppable(future)
    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()  # timeouts fire outside this interaction's context
    deferring: list[asyncio.Task[None]] = []

    def defer_if_late() -> None:
        if not future.done() and not interaction.response.is_done():
            deferral = defer_once(interaction, private=private, owned=False)
            deferring.append(loop.create_task(deferral, context=context))

    timeout = call_after_click(interaction, defer_after, defer_if_late)
    try:
        return await _unstoppable(future)
    finally:
        timeout.cancel()
        if deferring:  # the reply waits until Discord has the deferral
            await deferring[0]


async def _unstoppable(future: asyncio.Future[T]) -> T:
    """The work's result; a task is shielded from the caller's cancellation (it goes on, and
    how it ends is logged: `_ended_unawaited`)."""
    if not isinstance(future, asyncio.Task):
        return await future
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        future.add_done_callback(_ended_unawaited)
        raise


def _ended_unawaited(work: asyncio.Future[Any]) -> None:
    """Work its caller stopped waiting for (its user asked to try again) ended: a refusal
    (a vote on a question closed meanwhile) is one line, the retry gets its own answer; was
    "Task exception was never retrieved" with a traceback. Anything else is logged as a bug."""
    if work.cancelled() or work.exception() is None:
        return
    error = work.exception()
    if isinstance(error, BriefbotError):
        log.warning("work given up on ended after all: %s", error)
    else:
        log.error("work given up on failed after all", exc_info=error)
