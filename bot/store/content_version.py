"""The content version: one counter in the database that `/reload` raises.

Each bot process polls it (one primary-key read every few seconds, CONTENT_POLL_SECONDS) and
reloads its content when it moved, so a moderator's `/reload` reaches every process sharing
the database, whichever shard the command arrived on. Table `content_version`, one row (id 1).
"""

from __future__ import annotations

from sqlalchemy import text

from bot.store.engine import WRITE, create_engine

__all__ = ["ContentVersion"]

_BUMP = text("UPDATE content_version SET version = version + 1 WHERE id = 1")


class ContentVersion:
    """Reads and raises the shared content version on a small engine of its own."""

    def __init__(self, url: str) -> None:
        self._engine = create_engine(url, pooled=False)

    async def current(self) -> int:
        """The version now."""
        async with self._engine.connect() as conn:
            result = await conn.execute(text("SELECT version FROM content_version WHERE id = 1"))
            return int(result.scalar_one())

    async def bump(self) -> int:
        """Raise the version by one (atomically, across processes); returns the new one."""
        async with self._engine.execution_options(**WRITE).begin() as conn:
            await conn.execute(
                text("UPDATE content_version SET version = version + 1 WHERE id = 1")
            )
            result = await conn.execute(text("SELECT version FROM content_version WHERE id = 1"))
            return int(result.scalar_one())

    async def close(self) -> None:
        """Release the connection."""
        await self._engine.dispose()
