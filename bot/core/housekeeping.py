"""Housekeeping on a timer: expired and finished sessions are forgotten every `interval`.

The timer is driven by the injected clock (`clock.sleep`), so tests move time instead of
waiting. The application starts it once (`start`) and stops it on shutdown (`stop`).
"""

from __future__ import annotations

import logging
from typing import Protocol

from bot.core.clock import Clock
from bot.core.timer import ClockTimer

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
        self._timer = ClockTimer(clock, interval, self.purge, name="session-purger")

    @property
    def running(self) -> bool:
        """True while the timer is started."""
        return self._timer.running

    def start(self) -> None:
        """Start the timer (once; a second call does nothing)."""
        self._timer.start()

    async def stop(self) -> None:
        """Stop the timer; a purge in flight finishes first."""
        await self._timer.stop()

    async def purge(self) -> int:
        """Forget what is over or expired now; how many live sessions went."""
        forgotten = await self.service.purge_expired()
        if forgotten:
            log.info("forgot %d expired or finished sessions", forgotten)
        return forgotten
