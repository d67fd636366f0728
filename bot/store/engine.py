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
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import NullPool, QueuePool

from bot.store.database import Database
from bot.store.threaded_engine import MAX_OVERFLOW, POOL_SIZE, BufferedConnection, ThreadedEngine

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

BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite connection waits for another writer's lock before failing."""

DURABLE_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=FULL",
    "foreign_keys=ON",
    f"busy_timeout={BUSY_TIMEOUT_MS}",
)
"""Set on every SQLite connection: WAL, every commit fsynced, foreign keys, lock waits."""

WAL_SWITCH_TRIES = 200
"""Tries, 10 ms apart, to switch a fresh file to WAL while other openers hold it."""


def set_durable_pragmas(execute: Callable[[str], object], busy_timeout_ms: int) -> None:
    """Run DURABLE_PRAGMAS through `execute`, the lock wait first.

    Switching a new file to WAL needs it alone, and SQLite refuses that at once instead of
    waiting when another connection holds it (waiting could deadlock), so when processes open
    a new database together the switch is tried again for up to two seconds.
    """
    execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    for pragma in DURABLE_PRAGMAS:
        if pragma.startswith("busy_timeout="):
            continue
        for attempt in range(WAL_SWITCH_TRIES):
            try:
                execute(f"PRAGMA {pragma}")
                break
            except sqlite3.OperationalError as error:
                locked = "locked" in str(error) and pragma.startswith("journal_mode=")
                if not locked or attempt == WAL_SWITCH_TRIES - 1:
                    raise
                time.sleep(0.01)


CONNECT_TIMEOUT = 1.0
"""Seconds to open a PostgreSQL connection before giving up."""

STATEMENT_TIMEOUT = 1.5
"""Seconds one PostgreSQL statement may take, measured by the client (a frozen server too)."""


class DatabaseVanishedError(RuntimeError):
    """The SQLite file was deleted or replaced while the bot was running."""


class FileWatch:
    """Remembers which file a SQLite path named when it was opened; fails if that changes.

    It watches the `-wal` file beside it too. SQLite deletes that file only when the last
    connection closes, so if this process still holds it open while its name is gone or names
    another file, someone removed it: every commit since would land in a file no one finds
    after a restart (or a new connection would start a second, empty one). Until the store
    heals it (`bot.store.wal_heal`: every connection closed, which writes the removed file's
    changes into the database file), every transaction is refused. (A removed `-shm` loses
    nothing: SQLite rebuilds it from the `-wal` at the next start.)
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.identity: tuple[int, int] | None = _identity(path)
        self.wal = path.with_name(f"{path.name}-wal")
        self._wal_seen: tuple[int, int] | None = _UNSEEN

    def opened(self) -> None:
        """After a connection opened: remember the file, or fail if it is not the first one."""
        if self.identity is None:
            self.identity = _identity(self.path)
        else:
            self.check()

    def check(self) -> None:
        """Raise `DatabaseVanishedError` unless the path still names the file first opened
        and the `-wal` file this process holds open was neither deleted nor replaced."""
        if self.identity is not None and _identity(self.path) != self.identity:
            message = (
                f"the database file {self.path} was deleted or replaced while the bot was "
                "running: nothing more can be saved; restore the file and restart the bot"
            )
            if self.path not in _FILES_REPORTED:  # one line, not one per watcher or click
                _FILES_REPORTED.add(self.path)
                log.error(message)
            raise DatabaseVanishedError(message)
        if self.wal in _WALS_LOST or self._wal_vanished():
            for heal in _WAL_HEALERS.get(self.wal, ()):
                heal()
            raise DatabaseVanishedError(wal_lost_message(self.path))

    def _wal_vanished(self) -> bool:
        """One stat; the open files are listed only when the `-wal` changed (logged once)."""
        now = _identity(self.wal)
        if now == self._wal_seen:
            return False
        self._wal_seen = now
        if not _holds_deleted(self.wal):
            return False
        if self.wal not in _WALS_LOST:  # the engine, the writer and the reader each watch
            _WALS_LOST.add(self.wal)  # it: one line, not three
            log.error(wal_lost_message(self.path))
        return True


def wal_lost_message(path: Path) -> str:
    """The line logged (and raised) when the `-wal` file of the database at `path` is lost."""
    return (
        f"the file {path}-wal (the database's latest changes) was deleted or replaced while "
        "the bot was running: nothing is saved until every connection has closed, which "
        f"writes those changes into {path}; the bot does so by itself when the file is gone "
        "(else stop it cleanly: SIGTERM or systemctl stop, not kill -9, then start it again)"
    )


def on_wal_lost(wal: Path, heal: Callable[[], None]) -> Callable[[], None]:
    """Call `heal()` (from any thread) whenever a transaction is refused because `wal` was
    lost; returns what stops it."""
    _WAL_HEALERS.setdefault(wal, []).append(heal)
    return lambda: _WAL_HEALERS[wal].remove(heal)


def wal_healed(wal: Path) -> None:
    """Every connection that held the lost `wal` is closed: transactions may begin again."""
    _WALS_LOST.discard(wal)


def holds_lost_wal(wal: Path) -> bool:
    """Whether this process still holds open a deleted file once named `wal`."""
    return _holds_deleted(wal)


_UNSEEN = (-1, -1)
"""The `-wal` file not looked at yet (None: looked at, not there)."""

_FILES_REPORTED: set[Path] = set()
"""The database files found deleted or replaced (one error line each per process)."""

_WALS_LOST: set[Path] = set()
"""The removed `-wal` files not healed yet (each logged once)."""

_WAL_HEALERS: dict[Path, list[Callable[[], None]]] = {}
"""Per `-wal` file, what to call when a transaction is refused for its loss."""

_OPEN_FILES = Path("/proc/self/fd")
"""Linux: one link per file this process holds open."""


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file at `path`, None if there is none."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


def _holds_deleted(path: Path) -> bool:
    """Whether this process holds open a file once named `path` that was since deleted
    (Linux names such a file "PATH (deleted)"; elsewhere this cannot be seen: False)."""
    deleted = f"{path} (deleted)"
    try:
        descriptors = list(_OPEN_FILES.iterdir())
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            if os.readlink(descriptor) == deleted:
                return True
        except OSError:
            continue  # closed meanwhile
    return False


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
    database = url.database or ""
    if database.startswith("file:"):
        return None
    return FileWatch(Path(database).expanduser().resolve())


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
