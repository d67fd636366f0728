"""SQLAlchemy's engines, for what still talks SQLAlchemy: the migrations, and PostgreSQL.

The running store on SQLite never comes here: its repositories, answer writer and reader run
plain `sqlite3` (`bot.store.sql`, `bot.store.sqlite_sql`). SQLite meets SQLAlchemy only to
migrate, through its plain synchronous engine (`sqlite_engine`) on the store's own `sqlite3`
connections (`bot.store.sqlite_driver.connect`: WAL, `synchronous=FULL`, foreign keys, busy
timeout, the file checked first), run in a worker thread. Write transactions start with
`BEGIN IMMEDIATE`, so two processes migrating at once queue on the lock instead of failing
halfway.

PostgreSQL gets SQLAlchemy's `AsyncEngine` on asyncpg, with client-side time limits
(`bot.store.postgres_engine`): a frozen or unreachable server turns into an error within a
couple of seconds, which the bot can answer within Discord's 3 s.

`run_sync` runs one function on a SQLAlchemy connection in one transaction on either database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import NullPool

from bot.paths import DEFAULT_DATABASE_URL
from bot.store.limits import CONNECT_TIMEOUT, STATEMENT_TIMEOUT
from bot.store.sqlite_driver import connect
from bot.store.sqlite_file import DatabaseVanishedError, sqlite_database, watch_of_path

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

__all__ = [
    "CONNECT_TIMEOUT",
    "DEFAULT_URL",
    "STATEMENT_TIMEOUT",
    "WRITE",
    "DatabaseVanishedError",
    "create_engine",
    "normalise_url",
    "run_sync",
    "sqlite_engine",
]

_T = TypeVar("_T")

DEFAULT_URL = DEFAULT_DATABASE_URL
"""Where data lives unless DATABASE_URL says otherwise: the project's `data/` folder."""

WRITE = {"briefbot_write": True}
"""Execution options marking a connection that will write (SQLite: BEGIN IMMEDIATE)."""


def normalise_url(url: str) -> URL:
    """Parse a database URL, choosing SQLAlchemy's driver: `sqlite3` or asyncpg.

    Any SQLite URL (`sqlite:`, `sqlite+pysqlite:`, the former `sqlite+aiosqlite:`) runs on
    the `sqlite3` driver and must name a file (`bot.store.sqlite_file.sqlite_database`);
    `postgresql:` runs on asyncpg.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        sqlite_database(url)  # refuses an in-memory database or a `file:` URI
        return parsed.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+asyncpg")
    raise ValueError(f"unsupported database URL {parsed!r}: use sqlite or postgresql")


def create_engine(url: str, *, pooled: bool = True) -> AsyncEngine:
    """The async engine for the PostgreSQL database at `url` (see the module notes).

    `pooled=False` keeps no idle connection: for an occasional probe, whose engine then has
    nothing to close politely (and wait on) when a frozen server is left behind.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("SQLite runs on the plain SQL port (bot.store.sql.open_sql)")
    from bot.store.postgres_engine import create_postgres_engine

    return create_postgres_engine(parsed, pooled=pooled)


def sqlite_engine(url: str) -> Engine:
    """SQLAlchemy's synchronous engine on the SQLite file at `url`, for migrations: each
    connection opened as the store opens its own, no idle connection kept; `BEGIN IMMEDIATE`
    on connections marked WRITE. Use it from one thread at a time."""
    path = sqlite_database(url)
    if path is None:
        raise ValueError(f"not a SQLite URL: {make_url(url)!r}")
    Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    watch = watch_of_path(path)
    engine = create_sync_engine(
        normalise_url(url), creator=lambda: connect(path, watch), poolclass=NullPool
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # The connection is in autocommit mode: SQLAlchemy, not `sqlite3`, says where
        # transactions begin (and whether they take the write lock at once).
        watch.check()
        write = conn.get_execution_options().get("briefbot_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


async def run_sync(url: str, work: Callable[[Connection], _T], *, write: bool = False) -> _T:
    """`work(connection)` in one SQLAlchemy transaction on the database at `url`, committed
    if it returns: on SQLite in a worker thread on `sqlite_engine`, on PostgreSQL through
    the async engine. `write=True` for a transaction that will write."""
    options: dict[str, Any] = WRITE if write else {}
    if sqlite_database(url) is not None:
        return await asyncio.to_thread(_run_on_sqlite, url, work, options)
    engine = create_engine(url)
    try:
        async with engine.execution_options(**options).begin() as conn:
            return await conn.run_sync(work)
    finally:
        await engine.dispose()


def _run_on_sqlite(url: str, work: Callable[[Connection], _T], options: dict[str, Any]) -> _T:
    engine = sqlite_engine(url)
    try:
        with engine.execution_options(**options).begin() as conn:
            return work(conn)
    finally:
        engine.dispose()
