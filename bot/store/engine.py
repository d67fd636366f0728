"""Engines for the two backends: SQLite (embedded, one file) and PostgreSQL.

SQLite is opened in WAL mode with `synchronous=FULL`: every commit is fsynced before it
returns, so an acknowledged answer survives a power cut as well as a crash (NORMAL would only
survive a crash). The cost is one fsync per commit, which group commit in the answer writer
spreads over many answers. Write transactions start with `BEGIN IMMEDIATE`, so two writers
(also in two processes) queue on the lock under `busy_timeout` instead of failing halfway.

On SQLite the engine is SQLAlchemy Core's synchronous one (the `sqlite3` driver) run on
worker threads (`bot.store.threaded_engine`): SQLAlchemy's asyncio extension, the ORM it
imports and greenlet are loaded only for PostgreSQL (`bot.store.postgres_engine`, asyncpg).
The answer writer has a plain `sqlite3` connection of its own (`bot.store.sqlite_writer`),
used from one worker thread with the same pragmas: a whole batch, fsync included, then costs
one hop to that thread.

A SQLite file deleted or replaced while the bot runs would silently take every later answer
with it (SQLite goes on writing into the unlinked file): every transaction first checks that
the path still names the file the bot opened, and fails with `DatabaseVanishedError` if not.

PostgreSQL gets client-side time limits (`CONNECT_TIMEOUT`, `STATEMENT_TIMEOUT`): a frozen or
unreachable server turns into an error within a couple of seconds, which the bot can answer
within Discord's 3 s, instead of a wait without end.

`create_engine` returns either engine as a `bot.store.database.Database`, the API the
repositories use.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import NullPool, QueuePool

from bot.store.database import Database
from bot.store.limits import CONNECT_TIMEOUT, STATEMENT_TIMEOUT
from bot.store.sqlite_file import (
    BUSY_TIMEOUT_MS,
    DURABLE_PRAGMAS,
    DatabaseVanishedError,
    FileWatch,
    holds_lost_wal,
    on_wal_lost,
    set_durable_pragmas,
    wal_healed,
    wal_lost_message,
    watch_of_path,
)
from bot.store.threaded_engine import BufferedConnection, ThreadedEngine
from bot.store.worker_threads import MAX_OVERFLOW, POOL_SIZE

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CONNECT_TIMEOUT",
    "DEFAULT_URL",
    "DURABLE_PRAGMAS",
    "STATEMENT_TIMEOUT",
    "WRITE",
    "DatabaseVanishedError",
    "FileWatch",
    "create_engine",
    "holds_lost_wal",
    "normalise_url",
    "on_wal_lost",
    "set_durable_pragmas",
    "wal_healed",
    "wal_lost_message",
    "watch_of",
]

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///data/briefbot.sqlite3"
"""Where data lives unless DATABASE_URL says otherwise: a file under ./data."""

WRITE = {"briefbot_write": True}
"""Execution options marking a connection that will write (SQLite: BEGIN IMMEDIATE)."""


def normalise_url(url: str) -> URL:
    """Parse a database URL, choosing the store's driver: `sqlite3` or asyncpg.

    Any SQLite URL (`sqlite:`, `sqlite+pysqlite:`, the former `sqlite+aiosqlite:`) runs on
    the `sqlite3` driver; `postgresql:` on asyncpg.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:" or "mode=memory" in url:
            raise ValueError(
                "an in-memory SQLite database loses every answer on exit; give a file path, "
                "e.g. sqlite:///data/briefbot.sqlite3"
            )
        return parsed.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+asyncpg")
    raise ValueError(f"unsupported database URL {parsed!r}: use sqlite or postgresql")


def create_engine(url: str, *, pooled: bool = True) -> Database:
    """An engine for `url`, set up for durable writes (see the module notes).

    `pooled=False` keeps no idle connection: for an occasional probe, whose engine then has
    nothing to close politely (and wait on) when a frozen server is left behind.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, pooled)
    from bot.store.postgres_engine import create_postgres_engine

    return create_postgres_engine(parsed, pooled=pooled)


def _sqlite_engine(url: URL, pooled: bool) -> ThreadedEngine:
    assert url.database is not None
    if not url.database.startswith("file:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, Any] = (
        {"poolclass": QueuePool, "pool_size": POOL_SIZE, "max_overflow": MAX_OVERFLOW}
        if pooled
        else {"poolclass": NullPool}
    )
    engine = create_sync_engine(
        url,
        connect_args={
            "timeout": BUSY_TIMEOUT_MS / 1000,
            "check_same_thread": False,  # used by one worker thread at a time, not always the same
            "factory": BufferedConnection,
        },
        **pool,
    )
    _make_durable(engine, watch_of(url))
    return ThreadedEngine(engine)


def watch_of(url: URL) -> FileWatch | None:
    """A watch on the SQLite file at `url` (None for a `file:` URI)."""
    return watch_of_path(url.database or "")


def _make_durable(engine: Engine, watch: FileWatch | None = None) -> None:
    """WAL with fsync on every commit; `BEGIN IMMEDIATE` for connections marked WRITE.

    With a `watch`, every connection and every transaction first checks the file is still there.
    """

    @event.listens_for(engine, "do_connect")
    def _before_connect(*_args: Any) -> None:
        if watch is not None:  # SQLite would create an empty file where the database was
            watch.check()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if watch is not None:
            watch.opened()
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        set_durable_pragmas(cursor.execute, BUSY_TIMEOUT_MS)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if watch is not None:
            watch.check()
        write = conn.get_execution_options().get("briefbot_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
