"""The SQLite engine on worker threads: the loop stays free, no task starves, nothing half-done.

`bot.store.threaded_engine.ThreadedEngine` runs SQLAlchemy Core's synchronous engine in worker
threads. These tests hold SQLite's write lock from a plain `sqlite3` connection (another
program, another process) and check what the bot's users would notice: the bot keeps
answering while a write waits, many concurrent writers all finish, a request given up on
leaves nothing written and its connection free, and errors read as SQLAlchemy's.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from bot.store import threaded_engine
from bot.store.database import Database
from bot.store.engine import WRITE, create_engine
from bot.store.threaded_engine import SLOTS

INSERT = text("INSERT INTO notes (id, body) VALUES (:id, :body)")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "engine.sqlite3"


@pytest.fixture
async def engine(path: Path) -> AsyncIterator[Database]:
    opened = create_engine(f"sqlite:///{path}")
    async with opened.execution_options(**WRITE).begin() as conn:
        await conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    try:
        yield opened
    finally:
        await opened.dispose()


@pytest.fixture
def holder(path: Path, engine: Database) -> Iterator[sqlite3.Connection]:
    """A plain connection that can hold the write lock, as another program would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.rollback()
        connection.close()


async def _count(engine: Database) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(text("SELECT count(*) FROM notes")))


async def test_the_event_loop_keeps_running_while_a_write_waits_for_the_lock(
    engine: Database, holder: sqlite3.Connection
) -> None:
    holder.execute("BEGIN IMMEDIATE")
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while ticks < 5:  # the lock is let go only once the loop has run on, five times
            await asyncio.sleep(0.01)
            ticks += 1
        holder.commit()

    async def write() -> None:
        async with engine.execution_options(**WRITE).begin() as conn:
            await conn.execute(INSERT, {"id": 1, "body": "waited"})

    async with asyncio.timeout(10):  # a blocked loop would hold the lock for the 30 s timeout
        await asyncio.gather(write(), heartbeat())
    assert ticks == 5
    assert await _count(engine) == 1


async def test_more_concurrent_writers_than_connections_all_commit(engine: Database) -> None:
    write = engine.execution_options(**WRITE)

    async def add(note: int) -> None:
        async with write.begin() as conn:
            before = await conn.scalar(text("SELECT count(*) FROM notes"))
            await asyncio.sleep(0)  # other tasks run while this one holds the write lock
            await conn.execute(INSERT, {"id": note, "body": f"after {before}"})

    async with asyncio.timeout(20):
        await asyncio.gather(*(add(note) for note in range(3 * SLOTS)))
    assert await _count(engine) == 3 * SLOTS
    async with engine.connect() as conn:
        seen = (await conn.execute(text("SELECT body FROM notes ORDER BY id"))).scalars().all()
    assert sorted(int(body.split()[1]) for body in seen) == list(range(3 * SLOTS))


async def test_writes_given_up_on_leave_nothing_written_and_their_connections_free(
    engine: Database, holder: sqlite3.Connection
) -> None:
    holder.execute("BEGIN IMMEDIATE")
    write = engine.execution_options(**WRITE)

    async def add(note: int) -> None:
        async with asyncio.timeout(0.2), write.begin() as conn:
            await conn.execute(INSERT, {"id": note, "body": "given up"})

    async with asyncio.timeout(10):  # giving up never waits for SQLite's 30 s lock timeout
        outcomes = await asyncio.gather(*(add(n) for n in range(SLOTS)), return_exceptions=True)
    assert all(isinstance(outcome, TimeoutError) for outcome in outcomes)
    holder.commit()  # the abandoned statements now run in their threads, then roll back
    async with asyncio.timeout(10):  # every connection slot came back
        await asyncio.gather(*(_count(engine) for _ in range(SLOTS)))
        async with write.begin() as conn:
            await conn.execute(INSERT, {"id": 100, "body": "kept"})
    assert await _count(engine) == 1


async def test_results_are_whole_and_errors_read_as_sqlalchemys(engine: Database) -> None:
    async with engine.execution_options(**WRITE).begin() as conn:
        for note in range(500):
            await conn.execute(INSERT, {"id": note, "body": f"n{note}"})
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT id, body FROM notes ORDER BY id"))
    # read after the connection went back to the pool: the rows were read with the query
    assert [row.body for row in rows.mappings()] == [f"n{note}" for note in range(500)]
    async with engine.execution_options(**WRITE).begin() as conn:
        changed = await conn.execute(text("UPDATE notes SET body = 'x' WHERE id < 10"))
    assert changed.rowcount == 10
    with pytest.raises(sa_exc.IntegrityError):
        async with engine.execution_options(**WRITE).begin() as conn:
            await conn.execute(INSERT, {"id": 1000, "body": "new"})
            await conn.execute(INSERT, {"id": 1, "body": "taken"})
    assert await _count(engine) == 500  # the failed transaction's first insert rolled back


async def test_closing_the_store_finishes_the_rollbacks_of_writes_given_up_on(
    engine: Database, holder: sqlite3.Connection
) -> None:
    holder.execute("BEGIN IMMEDIATE")
    write = engine.execution_options(**WRITE)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2), write.begin() as conn:
            await conn.execute(INSERT, {"id": 1, "body": "given up"})
    asyncio.get_running_loop().call_later(0.3, holder.commit)  # the other program lets go
    await engine.dispose()
    # Nothing left running on the loop: a test or a shutdown that closes it next would
    # destroy a pending rollback ("Task was destroyed but it is pending!").
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    assert await _count(engine) == 0


async def test_closing_the_store_stops_waiting_for_a_rollback_held_up_past_its_limit(
    engine: Database,
    holder: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(threaded_engine, "FINISH_ON_DISPOSE_S", 0.2)
    holder.execute("BEGIN IMMEDIATE")
    write = engine.execution_options(**WRITE)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2), write.begin() as conn:
            await conn.execute(INSERT, {"id": 1, "body": "given up"})
    await engine.dispose()  # the other program still holds the lock
    # Nothing left on the loop that closing it would destroy mid-way.
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    holder.commit()  # the other program lets go: the statement runs, then rolls back
    await asyncio.sleep(0.5)
    assert await _count(engine) == 0
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
