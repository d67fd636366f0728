"""The README's backup while the bot runs (`sqlite3 data/briefbot.sqlite3 ".backup
backup.sqlite3"`, SQLite's online backup): the copy holds every acknowledged answer, also
those still only in the WAL, and the running store goes on saving."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from store_helpers import NOW, answer

from bot.store import open_store


async def test_a_backup_of_the_live_file_holds_every_acknowledged_answer(
    tmp_path: Path, migrated_database: Path
):
    live = tmp_path / "briefbot.sqlite3"
    shutil.copy(migrated_database, live)
    store = await open_store(f"sqlite+aiosqlite:///{live}", clock=lambda: NOW)
    try:
        for question in ("q1", "q2", "q3"):
            assert await store.answers.record_answer(answer(7, question))
        assert Path(f"{live}-wal").stat().st_size > 0, "the answers are in the WAL"
        with sqlite3.connect(live) as source, sqlite3.connect(tmp_path / "backup.sqlite3") as copy:
            source.backup(copy)  # what the sqlite3 shell's .backup runs
        source.close()
        copy.close()
        assert await store.answers.record_answer(answer(7, "q4")), "the bot saves on"
    finally:
        await store.close()
    restored = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'backup.sqlite3'}")
    try:
        summary = await restored.progress.score(7, None, NOW)
    finally:
        await restored.close()
    assert (summary.overall.correct, summary.overall.answered) == (3, 3)
