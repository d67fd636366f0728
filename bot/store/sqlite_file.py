"""A SQLite database file as the store opens it: the durable pragmas and the file's watch.

Every SQLite connection of the store (the engine's, the answer writer's, the reader's, the
plain SQL port's) is opened with `set_durable_pragmas` and checks its `FileWatch` before
each transaction. Plain `sqlite3` and the standard library only: a process on SQLite loads
this without SQLAlchemy.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from bot.core.store_outage import StoreUnavailable

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DURABLE_PRAGMAS",
    "FILE_URI_REFUSED",
    "MEMORY_REFUSED",
    "DatabaseVanishedError",
    "FileWatch",
    "holds_lost_wal",
    "on_wal_lost",
    "set_durable_pragmas",
    "sqlite_database",
    "wal_healed",
    "wal_is_lost",
    "wal_lost_message",
    "watch_of_path",
]

log = logging.getLogger("bot.store.engine")

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


class DatabaseVanishedError(StoreUnavailable):
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


def wal_is_lost(wal: Path) -> bool:
    """Whether `wal` was found lost and is not healed yet."""
    return wal in _WALS_LOST


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


def watch_of_path(database: str) -> FileWatch:
    """A watch on the SQLite file at `database` (a path, as `sqlite_database` gives it)."""
    return FileWatch(Path(database).expanduser().resolve())


MEMORY_REFUSED = (
    "an in-memory SQLite database loses every answer on exit; give a file path, "
    "e.g. sqlite:///data/briefbot.sqlite3"
)
"""Why a SQLite URL without a file is refused."""

FILE_URI_REFUSED = (
    "a SQLite `file:` URI is not supported, its options would be ignored; give the file's "
    "path, e.g. sqlite:///data/briefbot.sqlite3"
)
"""Why a SQLite URL naming a `file:` URI is refused."""


def sqlite_database(url: str) -> str | None:
    """The database path a SQLite URL names, read as SQLAlchemy reads it (`sqlite:///rel`,
    `sqlite:////abs`, any `sqlite+driver:`); None for a URL of another database.

    Raises ValueError for an in-memory database (it would lose every answer on exit) and
    for a `file:` URI (`sqlite:///file:bot.db?mode=rwc`), whose options the store would not
    apply.
    """
    scheme, _, rest = url.partition("://")
    if scheme.split("+", 1)[0] != "sqlite":
        return None
    database = unquote(rest.partition("/")[2].partition("?")[0])
    if not database or database == ":memory:" or "mode=memory" in url:
        raise ValueError(MEMORY_REFUSED)
    if database.startswith("file:"):
        raise ValueError(FILE_URI_REFUSED)
    return database
