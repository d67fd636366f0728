"""A SQLite database at the current schema, as briefbot's first start leaves it."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.store import open_store

__all__ = ["migrate_sqlite"]


def migrate_sqlite(path: Path) -> Path:
    """Create `path` at the current schema and close it (in a thread of its own, so no event
    loop of the tests is touched); a copy of it is what a restart of the bot opens."""

    async def migrate() -> None:
        await (await open_store(f"sqlite+aiosqlite:///{path}")).close()

    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, migrate()).result()
    assert not Path(f"{path}-wal").exists(), "closed, so the copy is the whole database"
    return path
