"""Fixtures for the store contract suite: every test runs on SQLite and on PostgreSQL.

The PostgreSQL server is started once per test session (see `pg.py`) and each test gets a
fresh database in it, so tests never see each other's rows. `store_url` is an empty
database (how migrations run is tested on it), except for a test that uses `store`: then it
is at the current schema, copied from a database migrated once per worker (a SQLite file, a
PostgreSQL template), as a restart finds it; migrating one per test was most of the suite's
setup time.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import asyncpg
import pytest
from pg import PostgresServer, PostgresUnavailableError
from sqlalchemy.engine import make_url
from store_helpers import NOW

from bot.core.store_port import AppStore
from bot.store import open_store


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A running PostgreSQL server: BRIEFBOT_TEST_PG_URL if set, else one started here."""
    if url := os.environ.get("BRIEFBOT_TEST_PG_URL"):
        yield url
        return
    try:
        server = PostgresServer()
        url = server.start()
    except PostgresUnavailableError as exc:
        pytest.fail(f"cannot run the PostgreSQL half of the store suite: {exc}", pytrace=False)
    try:
        yield url
    finally:
        server.stop()


async def _admin(url: str) -> asyncpg.Connection:
    parsed = make_url(url)
    return await asyncpg.connect(
        host=parsed.host,
        port=parsed.port,
        user=parsed.username,
        password=parsed.password,
        database=parsed.database,
    )


@pytest.fixture(params=["sqlite", "postgresql"])
async def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A URL to a database of each backend: empty, or at the current schema for a test that
    uses `store` (a copy of the worker's migrated one)."""
    migrated = "store" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "data" / "briefbot.sqlite3"
        if migrated:
            path.parent.mkdir(parents=True)
            shutil.copy(request.getfixturevalue("migrated_database"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    server_url = request.getfixturevalue("pg_server_url")
    copied = f' TEMPLATE "{request.getfixturevalue("pg_template")}"' if migrated else ""
    name = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    admin = await _admin(server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"{copied}')
    finally:
        await admin.close()
    yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    admin = await _admin(server_url)
    try:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session")
def pg_template(pg_server_url: str) -> Iterator[str]:
    """The name of a PostgreSQL database at the current schema, migrated once per worker (in
    a thread of its own, so no event loop of the tests is touched), closed for copying."""
    name = f"briefbot_template_{uuid.uuid4().hex[:12]}"
    url = make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)

    async def create() -> None:
        admin = await _admin(pg_server_url)
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        await (await open_store(url)).close()

    async def drop() -> None:
        admin = await _admin(pg_server_url)
        try:
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, create()).result()
    try:
        yield name
    finally:
        with ThreadPoolExecutor(1) as thread:
            thread.submit(asyncio.run, drop()).result()


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[AppStore]:
    """An open store at the current schema (at `store_url`), closed after the test.

    The bot's own connect limit is 1 s (an interaction must be answered in 3); the first
    connection to a database just copied from the template can take longer on a machine
    busy with other work (seen once in a fresh clone's CI beside two benchmarks), so setting
    the test up tries again, at most twice: what each test checks is untouched."""
    for attempt in range(3):
        try:
            opened = await open_store(store_url, clock=lambda: NOW)
            break
        except TimeoutError:
            if attempt == 2:
                raise
    try:
        yield opened
    finally:
        await opened.close()
