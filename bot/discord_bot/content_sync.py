"""Follow `/reload` across processes: poll the shared content version, reload when it moves."""

from __future__ import annotations

import asyncio
import logging

from bot.app import Services
from bot.core.timer import ClockTimer
from bot.store.content_version import ContentVersion

__all__ = ["ContentSync"]

log = logging.getLogger(__name__)


class ContentSync:
    """A timer per process on the services' clock; `announce()` after a local `/reload`."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.versions = ContentVersion(services.settings.database_url)
        self.seen: int | None = None
        self.owed = False
        """Whether a local `/reload` is still to be announced (the database refused it)."""
        interval = services.settings.content_poll_seconds
        self._timer = ClockTimer(services.clock, interval, self.check, name="content-sync")

    async def start(self) -> None:
        """Remember the version the content was loaded at, then poll."""
        self.seen = await self.versions.current()
        self._timer.start()

    async def announce(self) -> None:
        """This process just reloaded: raise the version so the others follow. A database
        that refuses the write (down, read-only, locked) is one warning line, and the next
        poll raises it (faults-48; was: a traceback, and the others never followed)."""
        try:
            self.seen = await self.versions.bump()
            self.owed = False
        except Exception as exc:
            self.owed = True
            log.warning(
                "could not tell the other processes of this /reload (%r); trying again at "
                "the next content poll",
                exc,
            )

    async def close(self) -> None:
        """Stop polling (a check in flight finishes first) and release the database."""
        await self._timer.stop()
        await self.versions.close()

    async def check(self) -> None:
        """Reload the bundled content when another process raised the version."""
        try:
            if self.owed:  # a /reload here the others have not heard of yet
                self.seen = await self.versions.bump()
                self.owed = False
                log.info(
                    "the /reload made here reached the other processes (version %d)", self.seen
                )
                return
            version = await self.versions.current()
            if version != self.seen:
                reports = await asyncio.to_thread(self.services.library.reload)
                self.services.load_reports = reports
                self.seen = version
                log.info("content reloaded after a /reload elsewhere (version %d)", version)
        except Exception as exc:  # a database outage: try again at the next poll
            log.warning("content version check failed: %r", exc)
