"""The content version: one counter in the database that `/reload` raises.

Each bot process polls it (one primary-key read every few seconds, CONTENT_POLL_SECONDS) and
reloads its content when it moved, so a moderator's `/reload` reaches every process sharing
the database, whichever shard the command arrived on. Table `content_version`, one row (id 1).
"""

from __future__ import annotations

from bot.store.sql import open_sql

__all__ = ["ContentVersion"]

_READ = "SELECT version FROM content_version WHERE id = 1"
_BUMP = "UPDATE content_version SET version = version + 1 WHERE id = 1"


class ContentVersion:
    """Reads and raises the shared content version through a port of its own (no pool)."""

    def __init__(self, url: str) -> None:
        self._sql = open_sql(url, pooled=False)

    async def current(self) -> int:
        """The version now."""
        return int(await self._sql.scalar(_READ))

    async def bump(self) -> int:
        """Raise the version by one (atomically, across processes); returns the new one."""
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(_BUMP)
            return int(await tx.scalar(_READ))

    async def close(self) -> None:
        """Release the connection."""
        await self._sql.close()
