"""Every process serves what any process published: a timer on the injected clock asks the
database for content changes every `interval` seconds (one indexed read when idle)."""

from __future__ import annotations

import logging
from typing import Protocol

from bot.core.clock import Clock
from bot.core.timer import ClockTimer

__all__ = ["CONTENT_CHECK_INTERVAL", "ContentWatcher", "Refreshable"]

log = logging.getLogger(__name__)
CONTENT_CHECK_INTERVAL = 2.0
"""Seconds between two checks: a briefing published elsewhere is served within this."""


class Refreshable(Protocol):
    """A service that can load what changed elsewhere (the content service)."""

    async def refresh(self) -> bool:
        """Load what changed; True when something did."""
        ...


class ContentWatcher:
    """Calls `refresh` on the content service every `interval` seconds of its clock."""

    def __init__(
        self, service: Refreshable, clock: Clock, *, interval: float = CONTENT_CHECK_INTERVAL
    ) -> None:
        self.service = service
        self._timer = ClockTimer(clock, interval, self.check, name="content-watcher")

    def start(self) -> None:
        """Start the timer (once; a second call does nothing)."""
        self._timer.start()

    async def stop(self) -> None:
        """Stop the timer; a check in flight finishes its query first (never cut off inside
        a database connection), then the timer ends."""
        await self._timer.stop()

    async def check(self) -> bool:
        """Load what changed elsewhere; True when something did."""
        changed = await self.service.refresh()
        if changed:
            log.info("server briefings changed elsewhere: now serving the new ones")
        return changed
