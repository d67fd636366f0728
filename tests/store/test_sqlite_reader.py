"""The SQLite reader on every interaction's path: it sees what any connection committed before
each read, never writes, and reports a vanished file as every other database path does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from bot.store.engine import DatabaseVanishedError
from bot.store.health import is_database_outage
from bot.store.sqlite_reader import ReadSql, SqliteReader, open_sqlite_reader


def _database(path: Path) -> SqliteReader:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.close()
    return open_sqlite_reader(make_url(f"sqlite+aiosqlite:///{path}"))


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
        with pytest.raises(sa_exc.OperationalError):
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
