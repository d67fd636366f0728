"""Row j: a class's preferences read at once (every interaction reads its student's).

Ours is `PreferencesService.effective` for 1,000 students at the same moment: their reads
are gathered into one query per kind (aiodataloader). The reference, in the same run on the
same SQLite store, is one query per read (the student's choice, then the server's default),
as a plain lookup does. One student in ten chose; the others follow the server's default.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from benchmarks.table import Row, at_most, median
from bot.core.preferences import Preferences, PreferencesService
from bot.core.store_port import AppStore
from bot.store import open_store

__all__ = ["measure"]

GUILD = 1


async def _naive(store: AppStore, user_id: int) -> Preferences:
    chosen = await store.preferences.get_preferences(user_id)
    text_only = chosen.text_only
    if text_only is None:
        text_only = (await store.settings.get_settings(GUILD)).text_only_default
    return Preferences(text_only=text_only, untimed=bool(chosen.untimed))


async def _timed(read: Callable[[int], Awaitable[Preferences]], students: int) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(read(user_id) for user_id in range(students)))
    return (time.perf_counter() - started) * 1000


async def measure(students: int, runs: int) -> list[Row]:
    """Milliseconds to read `students` students' preferences at once, ours and naive."""
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            for user_id in range(0, students, 10):
                await store.preferences.set_preferences(user_id, text_only=True, untimed=None)
            await store.settings.update_settings(GUILD, text_only_default=True)
            service = PreferencesService(store.preferences)
            ours, naive = [], []
            for _ in range(runs):
                ours.append(await _timed(lambda u: service.effective(u, GUILD), students))
                naive.append(await _timed(lambda u: _naive(store, u), students))
        finally:
            await store.close()
    return [
        Row(
            "j1",
            f"{students:,} students' preferences read at once",
            "ms",
            median(ours),
            median(naive),
            "one query per read",
            at_most(0.2, "≤ 1/5 of one query per read", ratio=True),
            runs,
        )
    ]
