"""One clock-driven repeating timer for the core's background duties.

Every `interval` seconds of the injected clock it awaits one piece of work; a failure is
logged and the next tick tries again. Tests move a `FakeClock` instead of waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.core.clock import Clock

__all__ = ["ClockTimer"]

log = logging.getLogger(__name__)


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

    def start(self) -> None:
        """Start ticking (a second call while running does nothing)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._loop(), name=f"briefbot-{self.name}")

    async def stop(self) -> None:
        """Stop ticking and wait for the timer to end."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            await self.clock.sleep(self.interval)
            try:
                await self.work()
            except Exception:
                log.exception(
                    "the %s tick failed; trying again in %.0f s", self.name, self.interval
                )
