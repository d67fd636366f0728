"""Pooled PostgreSQL connections after the server ended them: none is handed out broken.

After a restart, the connections that sat in the pool are dropped at checkout, so no statement
fails on one (was: each failed one user's action first, "connection is closed"). A connection
whose protocol is out of step (the server's goodbye read before the end of the connection:
asyncpg's "another operation is in progress", chaos seeds 2, 3 and 5) fails once, as an outage
(the user is told to try again), and is not handed out again, on SQLAlchemy's statements and
on the answer writer's own (asyncpg directly: was read as a bug, a traceback and an error
reply, seed 3). The timers' reading of the error: tests/faults/test_outage_logs.py."""

from __future__ import annotations

import asyncio
import datetime as dt
import struct

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store import open_store
from bot.store.engine import create_engine
from bot.store.outages import is_database_outage
from tests.store.pg import PostgresServer

POOLED = 4


async def select_one(engine: AsyncEngine) -> int:
    async with engine.begin() as connection:
        return int((await connection.execute(text("SELECT 1"))).scalar_one())


async def pooled(engine: AsyncEngine, count: int) -> list[int]:
    """Run `count` statements at once, so the pool holds `count` connections after them."""
    return await asyncio.gather(*(select_one(engine) for _ in range(count)))


def goodbye() -> bytes:
    """The ErrorResponse a backend sends as the server shuts down (SQLSTATE 57P01)."""
    fields = b"SFATAL\0C57P01\0Mterminating connection due to administrator command\0\0"
    return b"E" + struct.pack("!i", len(fields) + 4) + fields


@pytest.mark.timeout(120)
async def test_after_a_restart_no_statement_fails_on_a_pooled_connection(
    postgres: PostgresServer,
):
    engine = create_engine(postgres.url)
    try:
        assert await pooled(engine, POOLED) == [1] * POOLED
        await asyncio.to_thread(postgres.halt)
        await asyncio.to_thread(postgres.resume)
        assert await pooled(engine, POOLED) == [1] * POOLED, "fresh connections, no failure"
    finally:
        await engine.dispose()


@pytest.mark.timeout(120)
async def test_a_connection_out_of_step_fails_once_as_an_outage_and_is_dropped(
    postgres: PostgresServer,
):
    engine = create_engine(postgres.url)
    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert raw.driver_connection is not None
            raw.driver_connection._protocol.data_received(goodbye())  # the socket stays open
        with pytest.raises(Exception) as failed:
            await select_one(engine)
        print(
            "ERR", repr(failed.value)[:300], getattr(failed.value, "connection_invalidated", None)
        )
        assert is_database_outage(failed.value), "an outage: the user is told to try again"
        assert await pooled(engine, POOLED) == [1] * POOLED, "the broken connection is gone"
    finally:
        await engine.dispose()


@pytest.mark.timeout(120)
async def test_a_write_on_a_connection_out_of_step_is_an_outage_and_the_next_one_works(
    postgres: PostgresServer,
):
    store = await open_store(postgres.url)
    try:
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        await store.sessions.save_session("before", "solo", 1, None, None, "{}", expires)
        async with store._sql.engine.connect() as connection:  # the pool's one connection
            raw = await connection.get_raw_connection()
            assert raw.driver_connection is not None
            raw.driver_connection._protocol.data_received(goodbye())
        with pytest.raises(Exception) as failed:
            await store.sessions.save_session("during", "solo", 1, None, None, "{}", expires)
        assert is_database_outage(failed.value), "an outage: the user is told to try again"
        await store.sessions.save_session("after", "solo", 1, None, None, "{}", expires)
        kept = await store.sessions.active_sessions(dt.datetime.now(dt.UTC), kind="solo")
        assert sorted(row.session_id for row in kept) == ["after", "before"]
    finally:
        await store.close()
