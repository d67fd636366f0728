"""Time as a dependency, so tests and schedules can move it without sleeping.

Timers in the core wait with `clock.sleep`: the system clock really sleeps, the fake clock
wakes its sleepers when a test moves it forward with `advance`. Durations (how long a
question has been open) are measured on `monotonic`, which the wall clock jumping (an NTP
step, an operator setting the time) does not move; `FakeClock.jump` plays such a jump, and
`SystemClock`'s offset file makes one in a running process (the chaos run's clock fault).
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

__all__ = ["Clock", "FakeClock", "SystemClock"]


class Clock(Protocol):
    """Anything that tells the current time (timezone-aware, UTC)."""

    def now(self) -> datetime:
        """The current time."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that only moves forward, at the pace of time (not the wall
        clock: a jump of the wall clock does not move it)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait until `seconds` have passed on this clock."""
        ...


class SystemClock:
    """The real clock. With `offset_file` (setting `CLOCK_OFFSET_FILE`), the wall clock is
    moved by the seconds that file holds, read again whenever it is replaced: the wall clock
    stepping while the process runs, as an NTP step would (`monotonic` and sleeps do not
    move). No file, or no number in it: no offset."""

    def __init__(self, offset_file: Path | None = None) -> None:
        self.offset_file = offset_file
        self._offset = timedelta(0)
        self._read: tuple[int, int] | None = None  # (inode, mtime) of the file last read

    def now(self) -> datetime:
        """The current UTC time."""
        if self.offset_file is None:
            return datetime.now(UTC)
        return datetime.now(UTC) + self._current_offset(self.offset_file)

    def _current_offset(self, path: Path) -> timedelta:
        try:
            status = os.stat(path)
        except OSError:
            return timedelta(0)
        seen = (status.st_ino, status.st_mtime_ns)
        if seen != self._read:
            try:
                self._offset = timedelta(seconds=float(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                self._offset = timedelta(0)
            self._read = seen
        return self._offset

    def monotonic(self) -> float:
        """The system's monotonic clock."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Really wait."""
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._jumped = timedelta(0)  # how far the wall clock jumped (monotonic did not)
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> datetime:
        """The fake current time."""
        return self.current

    def monotonic(self) -> float:
        """Seconds since the epoch of the fake time, less every `jump`."""
        return (self.current - self._jumped - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()

    async def sleep(self, seconds: float) -> None:
        """Wait until the clock has been advanced by `seconds` (returns at once for <= 0)."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        waiter = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.monotonic() + seconds, waiter))
        await waiter

    def advance(self, seconds: float) -> None:
        """Move time forward, waking every sleeper whose time has come."""
        self.current += timedelta(seconds=seconds)
        now = self.monotonic()
        due = [(at, w) for at, w in self._sleepers if at <= now]
        self._sleepers = [(at, w) for at, w in self._sleepers if at > now]
        for _, waiter in due:
            if not waiter.done():
                waiter.set_result(None)

    def jump(self, seconds: float) -> None:
        """The wall clock set `seconds` forward (or back): `now` moves, time does not pass
        (`monotonic` and the sleepers stay where they were)."""
        self.current += timedelta(seconds=seconds)
        self._jumped += timedelta(seconds=seconds)
