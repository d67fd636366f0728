"""Fixtures for the store contract suite: every test runs on SQLite and on PostgreSQL.

The PostgreSQL server is started once per test session (see `pg.py`) and each test gets a
fresh database in it, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator

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
async def store_url(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[str]:
    """A URL to an empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'data' / 'briefbot.sqlite3'}"
        return
    server_url = request.getfixturevalue("pg_server_url")
    name = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    admin = await _admin(server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    admin = await _admin(server_url)
    try:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[AppStore]:
    """An open store on an empty database, closed after the test."""
    opened = await open_store(store_url, clock=lambda: NOW)
    try:
        yield opened
    finally:
        await opened.close()
