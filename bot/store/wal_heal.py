"""Healing a SQLite store whose `-wal` file was removed while the bot ran.

The store's open connections still hold the removed file, with every change acknowledged
since the last checkpoint; a new connection would start an empty `-wal` beside them. So
while the file is lost every transaction is refused (`bot.store.sqlite_file.FileWatch`),
and the first refusal starts a heal here, on the event loop: the answer writer checkpoints
the WAL into the database file and closes its connection, then the reader's connections and
the plain SQL port's pool close too (SQLite's last connection checkpoints again as it
closes). Once this process holds the removed file no more, transactions begin again, on a
new `-wal`.

A `-wal` replaced by another file (not just removed) is not healed: a new connection would
read that file as the database's latest changes. The bot then refuses to save until it is
stopped cleanly, as the logged line says.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.store.sqlite_file import holds_lost_wal, on_wal_lost, wal_healed, wal_is_lost

__all__ = ["WalHealer"]

log = logging.getLogger(__name__)


class WalHealer:
    """Closes every connection of a store when its `-wal` file is lost, then lets it go on."""

    def __init__(self, wal: Path, release: Callable[[], Awaitable[None]]) -> None:
        """`release` checkpoints and closes every connection the store holds."""
        self._wal = wal
        self._release = release
        self._loop = asyncio.get_running_loop()
        self._healing: asyncio.Task[None] | None = None
        self._refused = False
        self._stop = on_wal_lost(wal, self._requested)

    def _requested(self) -> None:
        """From any thread: a transaction was refused for the lost `-wal`."""
        try:
            self._loop.call_soon_threadsafe(self._start)
        except RuntimeError:  # the loop is closed: nothing left to heal
            return

    def _start(self) -> None:
        if self._healing is None or self._healing.done():
            self._healing = self._loop.create_task(self.heal())

    async def heal(self) -> None:
        """Close every connection, then let transactions begin again on a new `-wal`."""
        if not wal_is_lost(self._wal):
            return  # a refusal from before the last heal, reported after it: nothing to do
        if self._wal.exists():
            self._refuse_once("it was replaced by another file")
            return
        try:
            await self._release()
        except Exception as error:
            self._refuse_once(f"closing its connections failed: {error}")
            return
        if holds_lost_wal(self._wal) or self._wal.exists():
            self._refuse_once("a connection still holds it")
            return
        wal_healed(self._wal)
        self._refused = False
        log.warning(
            "the removed file %s was written into the database file and closed: saving again",
            self._wal,
        )

    def _refuse_once(self, why: str) -> None:
        if not self._refused:
            self._refused = True
            log.error("cannot heal the removed file %s (%s): stop the bot cleanly", self._wal, why)

    async def close(self) -> None:
        """Stop healing (the store is closing)."""
        self._stop()
        if self._healing is not None:
            await asyncio.gather(self._healing, return_exceptions=True)
