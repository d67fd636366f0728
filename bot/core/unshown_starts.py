"""Starts whose user never saw them: a retry of the same start gets that one, not a second.

A start commits its new quiz before it is shown. When the user stops waiting before then
(the bot gives up on an interaction 10 s after the click and asks its user to try again,
`bot.discord_bot.answer_in_time`), the commit goes on and may land; when the reply showing
it fails (Discord down), it has landed. Either way the user was asked to try again, and the
retry, the same start, must find that quiz rather than start a second one beside it (or,
in a channel, be refused because of a quiz nobody saw). Each start is kept here under what
was asked (`key`) until its retry takes it; a start that failed to commit is forgotten.

Kept in memory only: a process that stops loses them (a retry after a restart starts anew).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Hashable
from typing import Any, Generic, TypeVar

__all__ = ["MAX_KEPT", "UnshownStarts"]

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

MAX_KEPT = 1000
"""Starts kept at most (the oldest goes first): each is one given-up or failed reply."""


class UnshownStarts(Generic[K, T]):
    """Starts not shown to their user, by what was asked, until a retry takes them."""

    def __init__(self) -> None:
        self._starts: dict[K, asyncio.Future[T]] = {}

    async def begin(self, key: K, start: Awaitable[T]) -> T:
        """Await `start` (commit, then keep in memory), which runs to its end even when the
        caller stops waiting: a caller cancelled meanwhile leaves it to a retry (`take`)."""
        running = asyncio.ensure_future(start)
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            running.add_done_callback(_failed_alone)
            self._keep(key, running)
            raise

    def missed(self, key: K, started: T) -> None:
        """`started` was committed but its user never saw it (the reply failed)."""
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        done.set_result(started)
        self._keep(key, done)

    async def take(self, key: K) -> T | None:
        """The start kept under `key`, once its commit has landed (waiting for it if it has
        not); None when there is none or its commit failed. Taken only once."""
        future = self._starts.get(key)
        if future is None:
            return None
        try:
            started: T | None = await asyncio.shield(future)
        except asyncio.CancelledError:
            raise  # this retry was given up too: the start stays for the next
        except Exception:  # not committed: nothing to show, the retry starts anew
            started = None
        if self._starts.get(key) is future:
            del self._starts[key]
        return started

    def _keep(self, key: K, future: asyncio.Future[T]) -> None:
        self._starts.pop(key, None)
        self._starts[key] = future
        while len(self._starts) > MAX_KEPT:
            del self._starts[next(iter(self._starts))]


def _failed_alone(start: asyncio.Future[Any]) -> None:
    """A start whose caller stopped waiting failed to commit: one line (its retry starts
    anew), never "exception was never retrieved"."""
    if not start.cancelled() and start.exception() is not None:
        log.warning("a quiz start given up by its user also failed: %r", start.exception())
