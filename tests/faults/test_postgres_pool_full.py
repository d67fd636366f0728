"""Every PostgreSQL connection of the bot's pool busy (a burst of students while the server
is slow or frozen; found by the chaos run's bursts on PostgreSQL, seed 205): the next
statement waits for one up to the pool's limit, then fails as an outage, so its user is
told the database is not answering and asked to try again, and a timer says it will try
again (was: SQLAlchemy's own pool TimeoutError, read as a bug of ours: a traceback and
"Something went wrong")."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest

from bot.store import open_store
from bot.store.limits import STATEMENT_TIMEOUT
from bot.store.outages import DATABASE_DOWN, is_database_outage, outage_message
from tests.store.pg import PostgresServer

POOL = 15
"""The engine's pool: 5 kept, 10 more at a time."""


@pytest.mark.timeout(60)
async def test_a_statement_with_no_connection_free_is_an_outage(postgres: PostgresServer):
    store = await open_store(postgres.url)
    release = asyncio.Event()
    holding = 0

    async def hold() -> None:
        nonlocal holding
        async with store._sql.transaction():  # a connection checked out, kept busy
            holding += 1
            await release.wait()

    holders = [asyncio.ensure_future(hold()) for _ in range(POOL)]
    try:
        while holding < POOL:
            await asyncio.sleep(0.05)
        began = time.monotonic()
        with pytest.raises(TimeoutError) as failed:
            await store.answers.session_answers("any")
        waited = time.monotonic() - began
        assert is_database_outage(failed.value), "an outage, not a bug"
        assert outage_message(failed.value) == DATABASE_DOWN
        assert waited < STATEMENT_TIMEOUT + 1.0, "within the pool's limit: the 3 s hold"
    finally:
        release.set()
        await asyncio.gather(*holders)
        await store.close()
    reopened = await open_store(postgres.url)
    try:
        assert await reopened.answers.session_answers("any") == [], "fine once connections free"
    finally:
        await reopened.close()


@pytest.mark.timeout(60)
async def test_a_save_by_the_answer_writer_with_no_connection_free_is_an_outage(
    postgres: PostgresServer,
):
    """The answer writer takes its connection itself (`bot/store/pg_batch.py`), not through
    the SQL port: a `/quiz` whose session it saved with every connection busy told its
    student "Something went wrong" and printed a traceback (chaos seed 921, session 43: the
    crowd's retries all at once after a restart, at load 13)."""
    store = await open_store(postgres.url)
    release = asyncio.Event()
    holding = 0

    async def hold() -> None:
        nonlocal holding
        async with store._sql.transaction():  # a connection checked out, kept busy
            holding += 1
            await release.wait()

    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    holders = [asyncio.ensure_future(hold()) for _ in range(POOL)]
    try:
        while holding < POOL:
            await asyncio.sleep(0.05)
        with pytest.raises(TimeoutError) as failed:
            await store.sessions.save_session("busy", "solo", 1, None, None, "{}", expires)
        assert is_database_outage(failed.value), f"an outage, not a bug: {failed.value!r}"
        assert outage_message(failed.value) == DATABASE_DOWN
    finally:
        release.set()
        await asyncio.gather(*holders)
    try:
        await store.sessions.save_session("busy", "solo", 1, None, None, "{}", expires)
        assert await store.sessions.load_session("busy") is not None, "saved once one is free"
    finally:
        await store.close()
