"""The plain SQL port on SQLite (`bot.store.sqlite_sql`): durable, never blocking, no SQLAlchemy.

Another program holding SQLite's write lock (a plain `sqlite3` connection here) must not
freeze the bot, a request given up on must leave nothing written, a replaced file or a full
disk must read as the outage the user is told about, and a process using the port on SQLite
must not load SQLAlchemy at all.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.store import sqlite_sql
from bot.store.outages import DISK_FULL, is_database_outage, outage_message
from bot.store.sqlite_file import DatabaseVanishedError
from bot.store.sqlite_sql import SqliteSql
from bot.store.worker_threads import SLOTS

INSERT = "INSERT INTO notes (id, body) VALUES (:id, :body)"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "port.sqlite3"


@pytest.fixture
async def sql(path: Path) -> AsyncIterator[SqliteSql]:
    database = SqliteSql(str(path))
    await database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def holder(path: Path, sql: SqliteSql) -> Iterator[sqlite3.Connection]:
    """A plain connection that can hold the write lock, as another program would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.rollback()
        connection.close()


async def test_the_file_is_durable_wal_with_every_commit_synced(sql: SqliteSql) -> None:
    async with sql.transaction() as tx:
        assert await tx.scalar("PRAGMA journal_mode") == "wal"
        assert await tx.scalar("PRAGMA synchronous") == 2  # FULL
        assert await tx.scalar("PRAGMA foreign_keys") == 1


async def test_a_write_waiting_for_the_lock_leaves_the_loop_free(
    sql: SqliteSql, holder: sqlite3.Connection
) -> None:
    holder.execute("BEGIN IMMEDIATE")
    writing = asyncio.create_task(sql.execute(INSERT, {"id": 1, "body": "waited"}))
    ticks = 0
    for _ in range(10):
        await asyncio.sleep(0.01)
        ticks += 1
    assert ticks == 10 and not writing.done()  # the loop ran while the write waited
    holder.execute("COMMIT")
    assert await asyncio.wait_for(writing, 5) == 1
    assert await sql.rows("SELECT body FROM notes") == [("waited",)]


async def _give_up_a_write_while_locked(sql: SqliteSql, holder: sqlite3.Connection) -> None:
    """Another program takes the write lock; a write waiting for it is given up on."""
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2), sql.transaction(write=True) as tx:
            await tx.execute(INSERT, {"id": 1, "body": "given up"})


async def test_a_write_given_up_on_leaves_nothing_and_frees_its_connection(
    sql: SqliteSql, holder: sqlite3.Connection
) -> None:
    await _give_up_a_write_while_locked(sql, holder)
    holder.execute("COMMIT")
    await asyncio.wait_for(sql.execute(INSERT, {"id": 2, "body": "kept"}), 5)
    assert await sql.rows("SELECT body FROM notes") == [("kept",)]


async def test_more_concurrent_writers_than_connections_all_commit(sql: SqliteSql) -> None:
    async def add(note: int) -> None:
        async with sql.transaction(write=True) as tx:
            before = await tx.scalar("SELECT count(*) FROM notes")
            await asyncio.sleep(0)  # other tasks run while this one holds the write lock
            await tx.execute(INSERT, {"id": note, "body": f"after {before}"})

    async with asyncio.timeout(20):
        await asyncio.gather(*(add(note) for note in range(3 * SLOTS)))
    seen = await sql.rows("SELECT body FROM notes")
    assert sorted(int(body.split()[1]) for (body,) in seen) == list(range(3 * SLOTS))


async def test_closing_finishes_the_rollback_of_a_write_given_up_on(
    sql: SqliteSql, holder: sqlite3.Connection
) -> None:
    await _give_up_a_write_while_locked(sql, holder)
    asyncio.get_running_loop().call_later(0.3, holder.commit)  # the other program lets go
    await sql.close()
    # Nothing left running on the loop: a test or a shutdown that closes it next would
    # destroy a pending rollback ("Task was destroyed but it is pending!").
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    assert await sql.scalar("SELECT count(*) FROM notes") == 0


async def test_closing_stops_waiting_for_a_rollback_held_up_past_its_limit(
    sql: SqliteSql,
    holder: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(sqlite_sql, "FINISH_ON_DISPOSE_S", 0.2)
    await _give_up_a_write_while_locked(sql, holder)
    async with asyncio.timeout(2):  # not the 30 s lock wait
        await sql.close()  # the other program still holds the lock
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    holder.commit()  # the other program lets go: the statement runs, then rolls back
    await asyncio.sleep(0.5)
    assert await sql.scalar("SELECT count(*) FROM notes") == 0
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_replaced_file_is_an_outage_and_nothing_is_written_to_it(
    sql: SqliteSql, path: Path
) -> None:
    await sql.execute(INSERT, {"id": 1, "body": "before"})
    await sql.close()
    moved = path.with_name("moved.sqlite3")
    os.replace(path, moved)
    sqlite3.connect(path).close()  # another, empty file where the database was
    with pytest.raises(DatabaseVanishedError) as raised:
        await sql.execute(INSERT, {"id": 2, "body": "lost"})
    assert is_database_outage(raised.value)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == []


async def test_a_full_disk_reads_as_the_disk_full_outage(sql: SqliteSql) -> None:
    with pytest.raises(sqlite3.OperationalError) as raised:
        async with sql.transaction(write=True) as tx:
            pages = await tx.scalar("PRAGMA page_count")
            await tx.rows(f"PRAGMA max_page_count = {pages}")
            await tx.execute(INSERT, {"id": 1, "body": "x" * 100_000})
    assert is_database_outage(raised.value)
    assert outage_message(raised.value) == DISK_FULL
    assert await sql.scalar("SELECT count(*) FROM notes") == 0


def test_a_process_using_the_port_on_sqlite_loads_no_sqlalchemy(tmp_path: Path) -> None:
    script = f"""
import asyncio, sys
from bot.store.sql import open_sql, read_time

async def main():
    sql = open_sql("sqlite:///{tmp_path / "fresh.sqlite3"}")
    await sql.execute("CREATE TABLE t (at TEXT)")
    async with sql.transaction(write=True) as tx:
        await tx.execute("INSERT INTO t VALUES (:at)", {{"at": "2025-01-01 00:00:00.000000"}})
    print(read_time(await sql.scalar("SELECT at FROM t")))
    await sql.close()

asyncio.run(main())
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "mako")))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines() == ["2025-01-01 00:00:00+00:00", "[]"]
