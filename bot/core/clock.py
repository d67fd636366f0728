"""Time as a dependency, so tests and schedules can move it without sleeping.

Timers in the core wait with `clock.sleep`: the system clock really sleeps, the fake clock
wakes its sleepers when a test moves it forward with `advance`.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "FakeClock", "SystemClock"]


class Clock(Protocol):
    """Anything that tells the current time (timezone-aware, UTC)."""

    def now(self) -> datetime:
        """The current time."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait until `seconds` have passed on this clock."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        """Really wait."""
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._sleepers: list[tuple[datetime, asyncio.Future[None]]] = []

    def now(self) -> datetime:
        """The fake current time."""
        return self.current

    async def sleep(self, seconds: float) -> None:
        """Wait until the clock has been advanced by `seconds` (returns at once for <= 0)."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        waiter = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.current + timedelta(seconds=seconds), waiter))
        await waiter

    def advance(self, seconds: float) -> None:
        """Move time forward, waking every sleeper whose time has come."""
        self.current += timedelta(seconds=seconds)
        due = [(at, w) for at, w in self._sleepers if at <= self.current]
        self._sleepers = [(at, w) for at, w in self._sleepers if at > self.current]
        for _, waiter in due:
            if not waiter.done():
                waiter.set_result(None)
