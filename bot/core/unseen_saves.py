"""Work saved that its user never saw: the same command retried gets it, not a second one.

A command commits what it makes (a quiz, a schedule) before its reply shows it. When the user
stops waiting before then (the bot gives up on an interaction 10 s after the click and asks
its user to try again, `bot.discord_bot.answer_in_time`), the commit goes on and may land;
when the reply fails (Discord down), it has landed. Either way the user was asked to try
again, and the retry, the same command, must find what was saved rather than make a second
one beside it (or be refused because of one the user never saw). Each is kept here under
what was asked (`key`) until its retry takes it; one whose commit failed is forgotten.

Kept in memory only: a process that stops loses them (a retry after a restart starts anew).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Hashable
from typing import Any, Generic, TypeVar

__all__ = ["MAX_KEPT", "UnseenSaves"]

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

MAX_KEPT = 1000
"""Saves kept at most (the oldest goes first): each is one given-up or failed reply."""


class UnseenSaves(Generic[K, T]):
    """Saves not shown to their user, by what was asked, until a retry takes them."""

    def __init__(self) -> None:
        self._saved: dict[K, asyncio.Future[T]] = {}

    async def begin(self, key: K, save: Awaitable[T]) -> T:
        """Await `save` (commit, then keep in memory), which runs to its end even when the
        caller stops waiting: a caller cancelled meanwhile leaves it to a retry (`take`)."""
        running = asyncio.ensure_future(save)
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            running.add_done_callback(_failed_alone)
            self._keep(key, running)
            raise

    def missed(self, key: K, saved: T) -> None:
        """`saved` was committed but its user never saw it (the reply failed)."""
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        done.set_result(saved)
        self._keep(key, done)

    async def take(self, key: K) -> T | None:
        """What was kept under `key`, once its commit has landed (waiting for it if it has
        not); None when there is none or its commit failed. Taken only once."""
        future = self._saved.get(key)
        if future is None:
            return None
        try:
            started: T | None = await asyncio.shield(future)
        except asyncio.CancelledError:
            raise  # this retry was given up too: it stays for the next
        except Exception:  # not committed: nothing to show, the retry starts anew
            started = None
        if self._saved.get(key) is future:
            del self._saved[key]
        return started

    def _keep(self, key: K, future: asyncio.Future[T]) -> None:
        self._saved.pop(key, None)
        self._saved[key] = future
        while len(self._saved) > MAX_KEPT:
            del self._saved[next(iter(self._saved))]


def _failed_alone(save: asyncio.Future[Any]) -> None:
    """A save whose caller stopped waiting failed to commit: one line (its retry starts
    anew), never "exception was never retrieved"."""
    if not save.cancelled() and save.exception() is not None:
        log.warning("a save given up by its user also failed: %r", save.exception())
