"""Follow `/reload` across processes: poll the shared content version, reload when it moves."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.app import Services
from bot.store.content_version import ContentVersion

__all__ = ["ContentSync"]

log = logging.getLogger(__name__)


class ContentSync:
    """A background task per process; `announce()` after a local `/reload`."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.versions = ContentVersion(services.settings.database_url)
        self.seen: int | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Remember the version the content was loaded at, then poll."""
        self.seen = await self.versions.current()
        self._task = asyncio.create_task(self._poll(), name="briefbot-content-sync")

    async def announce(self) -> None:
        """This process just reloaded: raise the version so the others follow."""
        self.seen = await self.versions.bump()

    async def close(self) -> None:
        """Stop polling and release the database."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.versions.close()

    async def _poll(self) -> None:
        interval = self.services.settings.content_poll_seconds
        while True:
            await asyncio.sleep(interval)
            try:
                version = await self.versions.current()
                if version != self.seen:
                    reports = await asyncio.to_thread(self.services.library.reload)
                    self.services.load_reports = reports
                    self.seen = version
                    log.info("content reloaded after a /reload elsewhere (version %d)", version)
            except Exception as exc:  # a database outage: try again at the next poll
                log.warning("content version check failed: %r", exc)
