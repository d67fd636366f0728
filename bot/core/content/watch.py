"""Every process serves what any process published: a timer on the injected clock asks the
database for content changes every `interval` seconds (one indexed read when idle)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from bot.core.clock import Clock

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
        self.clock = clock
        self.interval = interval
        self._task: asyncio.Task[None] | None = None
        self._refreshing: asyncio.Future[bool] | None = None

    def start(self) -> None:
        """Start the timer (once; a second call does nothing)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="briefbot-content-watcher")

    async def stop(self) -> None:
        """Stop the timer; a check in flight finishes its query first (never cut off inside
        a database connection), then the timer ends."""
        if self._task is None:
            return
        pending = self._refreshing
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        if pending is not None:
            with contextlib.suppress(Exception):
                await pending
        self._task = None

    async def _run(self) -> None:
        while True:
            await self.clock.sleep(self.interval)
            self._refreshing = asyncio.ensure_future(self.service.refresh())
            try:
                if await asyncio.shield(self._refreshing):
                    log.info("server briefings changed elsewhere: now serving the new ones")
            except Exception:
                log.exception("checking for server briefing changes failed; trying again")
            finally:
                self._refreshing = None
