"""Worker threads for blocking database connections, one per connection in use.

Used by the plain SQL port on SQLite (`bot.store.sqlite_sql`): a transaction takes a thread
of its own for its whole `async with` block, so its statements run in order and never wait
behind another transaction's statement blocked on SQLite's lock; tasks beyond `SLOTS` wait
on the event loop, never in a thread. Standard library only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

__all__ = [
    "FINISH_ON_DISPOSE_S",
    "MAX_OVERFLOW",
    "POOL_SIZE",
    "SLOTS",
    "WorkerThreads",
    "end_block",
]

log = logging.getLogger(__name__)

POOL_SIZE = 5
"""Connections the pool keeps open between uses."""

MAX_OVERFLOW = 10
"""Connections opened beyond POOL_SIZE while many tasks use the database at once."""

SLOTS = POOL_SIZE + MAX_OVERFLOW
"""Tasks that may hold a connection at once, and worker threads at most."""

FINISH_ON_DISPOSE_S = 5.0
"""How long closing the store waits for the rollbacks of connections given up on (a thread
may be waiting for another program's lock: closing does not wait out the busy timeout)."""

GIVEN_UP_POLL_S = 0.05
"""How often closing the store looks whether the given-up rollbacks have finished."""


class WorkerThreads:
    """The worker threads of one database, one per connection in use.

    A connection takes a thread of its own for its whole `async with` block, so its calls run
    in order and it never waits behind another connection's blocked statement; tasks beyond
    SLOTS wait for a thread on the event loop.
    """

    def __init__(self) -> None:
        self._free = asyncio.Semaphore(SLOTS)
        self._idle: list[ThreadPoolExecutor] = []
        self._finishing: set[Future[None]] = set()

    async def take(self) -> ThreadPoolExecutor:
        """A thread for one connection (waits while SLOTS are in use)."""
        await self._free.acquire()
        if self._idle:
            return self._idle.pop()
        return ThreadPoolExecutor(1, thread_name_prefix="briefbot-sqlite")

    def give_back(self, thread: ThreadPoolExecutor) -> None:
        """Return a thread taken with `take`."""
        self._idle.append(thread)
        self._free.release()

    def finish_later(
        self,
        closing: Future[None],
        thread: ThreadPoolExecutor,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Give `thread` back once `closing` (a given-up connection's rollback, queued behind
        the call given up on) has run in it. No task waits for it on the loop: the thread calls
        back when done, and a loop closed by then is simply not called."""
        self._finishing.add(closing)

        def done(_: Future[None]) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nothing to give back
                loop.call_soon_threadsafe(self._finished, closing, thread)

        closing.add_done_callback(done)

    def _finished(self, closing: Future[None], thread: ThreadPoolExecutor) -> None:
        self._finishing.discard(closing)
        self.give_back(thread)
        if not closing.cancelled() and (error := closing.exception()) is not None:
            log.warning("closing a connection given up on failed: %s", error)

    async def wait_finishing(self, timeout: float) -> None:
        """Wait (at most `timeout` seconds) for the given-up connections' rollbacks still
        running; past it, each still rolls back in its own thread. Nothing is left on the
        loop either way."""
        deadline = asyncio.get_running_loop().time() + timeout
        while self._finishing and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(GIVEN_UP_POLL_S)

    def close_idle(self) -> None:
        """Let the idle threads end (later uses start new ones)."""
        for thread in self._idle:
            thread.shutdown(wait=False)
        self._idle.clear()


class _Ending(Protocol):
    """How a block on a worker thread ends (`SqliteTransaction`)."""

    def _start_ending(self, *, commit: bool) -> tuple[ThreadPoolExecutor, Future[None]]: ...

    async def _end(self, *, commit: bool) -> None: ...


async def end_block(
    block: _Ending, workers: WorkerThreads, exc_type: type[BaseException] | None
) -> None:
    """End `block` as its `async with` leaves: a caller that gave up (cancelled) never waits
    for SQLite, the rollback runs behind it in the block's thread; otherwise commit (or roll
    back after an error), shielded from a cancel, and a failed COMMIT is the block's error
    (after another error, that first error wins)."""
    if exc_type is not None and issubclass(exc_type, asyncio.CancelledError):
        thread, closing = block._start_ending(commit=False)
        workers.finish_later(closing, thread, asyncio.get_running_loop())
        return
    ending = asyncio.ensure_future(block._end(commit=exc_type is None))
    try:
        await asyncio.shield(ending)
    except Exception:
        if exc_type is None:
            raise
