"""Housekeeping on a timer: expired and finished sessions are forgotten every `interval`.

The timer is driven by the injected clock (`clock.sleep`), so tests move time instead of
waiting. The application starts it once (`start`) and stops it on shutdown (`stop`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from bot.core.clock import Clock

__all__ = ["PURGE_INTERVAL", "Purgeable", "SessionPurger"]

log = logging.getLogger(__name__)
PURGE_INTERVAL = 15 * 60.0
"""Seconds between two purges."""


class Purgeable(Protocol):
    """A service that can forget what has expired (the study service)."""

    async def purge_expired(self) -> int:
        """Forget what is over or expired; returns how many live sessions went."""
        ...


class SessionPurger:
    """Calls `purge_expired` on a service every `interval` seconds of its clock."""

    def __init__(
        self, service: Purgeable, clock: Clock, *, interval: float = PURGE_INTERVAL
    ) -> None:
        self.service = service
        self.clock = clock
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """True while the timer is started."""
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Start the timer (once; a second call does nothing)."""
        if not self.running:
            self._task = asyncio.create_task(self._run(), name="briefbot-session-purger")

    async def stop(self) -> None:
        """Stop the timer and wait for it to end."""
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def _run(self) -> None:
        while True:
            await self.clock.sleep(self.interval)
            try:
                forgotten = await self.service.purge_expired()
            except Exception:
                log.exception("purging expired sessions failed; trying again later")
                continue
            if forgotten:
                log.info("forgot %d expired or finished sessions", forgotten)
