"""The SQLite reader on every interaction's path: it sees what any connection committed before
each read, never writes, and reports a vanished file as every other database path does."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.store.health import is_database_outage
from bot.store.sqlite_file import DatabaseVanishedError, watch_of_path
from bot.store.sqlite_reader import ReadSql, SqliteReader


def _database(path: Path) -> SqliteReader:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.close()
    return SqliteReader(str(path), watch_of_path(str(path)))


def _add(path: Path, text: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO notes (text) VALUES (?)", (text,))
    conn.close()


def _texts(sql: ReadSql) -> list[str]:
    return [row[0] for row in sql.rows("SELECT text FROM notes ORDER BY id")]


async def test_each_read_sees_what_another_connection_committed_before_it(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    reader = _database(path)
    try:
        _add(path, "first")
        assert await reader.read(_texts) == ["first"]
        _add(path, "second")  # as another process would, between two reads
        assert await reader.read(_texts) == ["first", "second"]
    finally:
        await reader.close()


async def test_the_reader_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    reader = _database(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            await reader.read(lambda sql: sql.rows("INSERT INTO notes (text) VALUES ('no')"))
        _add(path, "kept")
        assert await reader.read(_texts) == ["kept"], "the next read works"
    finally:
        await reader.close()


async def test_a_deleted_database_file_is_an_outage_and_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    reader = _database(path)
    try:
        assert await reader.read(_texts) == []
        for leftover in tmp_path.iterdir():
            leftover.unlink()
        with pytest.raises(DatabaseVanishedError) as raised:
            await reader.read(_texts)
        assert is_database_outage(raised.value)
    finally:
        await reader.close()
    assert not path.exists()


async def test_a_read_that_must_wait_for_a_lock_waits_off_the_event_loop(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    reader = _database(path)
    _add(path, "before")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")  # another process keeps the file to itself
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO notes (text) VALUES ('held')")
    holder.execute("COMMIT")  # exclusive mode: the lock stays held after the commit
    ticks = 0

    async def loop_keeps_running() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def release_later() -> None:
        await asyncio.sleep(0.3)
        await asyncio.to_thread(holder.close)

    ticker = asyncio.create_task(loop_keeps_running())
    releaser = asyncio.create_task(release_later())
    try:
        assert await reader.read(_texts) == ["before", "held"]
    finally:
        await releaser
        ticker.cancel()
        await reader.close()
    assert ticks >= 10, "other work went on while the read waited"
