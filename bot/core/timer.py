"""One clock-driven repeating timer for the core's background duties.

Every `interval` seconds of the injected clock it awaits one piece of work; a failure is
logged and the next tick tries again: an outage (a database or network that is down, locked or
full) is one line per tick with no traceback, a bug's first failure logs its traceback, then
one line per tick; a line says when the work succeeds again. Tests move a
`FakeClock` instead of waiting. `stop` never cuts a tick off inside a database query: a
waiting timer is cancelled, a ticking one finishes its tick first (within `STOP_GRACE`
seconds), then ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.core.clock import Clock
from bot.core.postgres_outages import is_postgres_outage
from bot.core.store_outage import StoreUnavailable

__all__ = ["STOP_GRACE", "ClockTimer", "Timed"]

log = logging.getLogger(__name__)
STOP_GRACE = 10.0
"""Seconds `stop` waits for a tick in flight before cancelling it (a hung query)."""


class Timed(Protocol):
    """A service with a timer of its own (the scheduler, reminders): started, then stopped."""

    def start(self) -> None:
        """Start the timer."""
        ...

    async def stop(self) -> None:
        """Stop the timer; a tick in flight finishes first."""
        ...


class ClockTimer:
    """Runs `work` every `interval` seconds of `clock`, between `start` and `stop`."""

    def __init__(
        self,
        clock: Clock,
        interval: float,
        work: Callable[[], Awaitable[object]],
        *,
        name: str,
    ) -> None:
        self.clock = clock
        self.interval = interval
        self.work = work
        self.name = name
        self._task: asyncio.Task[None] | None = None
        self._ticking = False
        self._stopping = False
        self._failures = 0
        """Ticks failed in a row."""

    @property
    def running(self) -> bool:
        """True between `start` and `stop`."""
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Start ticking (a second call while running does nothing)."""
        if not self.running:
            self._stopping = False
            self._task = asyncio.create_task(self._loop(), name=f"briefbot-{self.name}")

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Stop ticking and wait for the timer to end; a tick in flight finishes first."""
        task = self._task
        if task is None:
            return
        self._stopping = True
        if not self._ticking:
            task.cancel()  # waiting on the clock: nothing is cut off
        _, late = await asyncio.wait({task}, timeout=grace)
        if late:
            log.warning("the %s tick outlived %.0f s at stop; cancelling it", self.name, grace)
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        self._task = None

    async def _loop(self) -> None:
        while not self._stopping:
            await self.clock.sleep(self.interval)
            self._ticking = True  # no await between waking and this: stop sees it
            try:
                await self.work()
            except Exception as exc:
                self._failed(exc)
            else:
                self._succeeded()
            finally:
                self._ticking = False

    def _failed(self, exc: Exception) -> None:
        self._failures += 1
        if self._stopping:  # shutting down (perhaps in an outage): no retry to announce
            log.warning("the %s tick failed while stopping: %r", self.name, exc)
        elif self._failures == 1 and (outage := _outage_in(exc)) is not None:
            log.warning(
                "the %s tick failed (%s: %s); trying again in %.0f s",
                self.name,
                type(outage).__name__,
                outage,
                self.interval,
            )
        elif self._failures == 1:
            log.exception("the %s tick failed; trying again in %.0f s", self.name, self.interval)
        else:
            log.warning(
                "the %s tick failed again (%d in a row; trying again in %.0f s): %r",
                self.name,
                self._failures,
                self.interval,
                exc,
            )

    def _succeeded(self) -> None:
        if self._failures:
            log.info("the %s tick works again after %d failed", self.name, self._failures)
        self._failures = 0


_SQLITE_OUTAGES = ("locked", "busy", "full", "unable to open", "disk i/o")
"""What SQLite's `OperationalError` says when the file is out of reach (not "no such table",
a bug's)."""


def _outage_in(exc: BaseException) -> BaseException | None:
    """The outage `exc` is, or was raised from (a driver's error wrapped in a database
    library's counts as what it wraps); None for anything else, a bug of ours."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if (
            # the network, a timeout, a disk (errno errors); the store's file removed
            isinstance(current, (OSError, StoreUnavailable))
            or is_postgres_outage(current)
            # a database library's error on a connection it judged lost, and dropped
            # (SQLAlchemy's `connection_invalidated`: a protocol left out of step by a restart)
            or getattr(current, "connection_invalidated", False) is True
            or (
                isinstance(current, sqlite3.OperationalError)
                and any(words in str(current).lower() for words in _SQLITE_OUTAGES)
            )
        ):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
