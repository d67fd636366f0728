"""How the store's plain `sqlite3` connections open: the same pragmas everywhere.

The plain SQL port (`bot.store.sqlite_sql`), the answer writer (`bot.store.sqlite_writer`),
the hot-path reader (`bot.store.sqlite_reader`) and the migrations' engine
(`bot.store.engine.sqlite_engine`) all open their connections here: WAL, `synchronous=FULL`,
foreign keys, busy timeout, the file checked first. Their errors are the driver's own
(`sqlite3.OperationalError` for a locked, full or broken database), which
`bot.store.outages` reads as an outage.

A connection opened while the file (or its `-wal`, `-shm` or folder) may not be written is
opened read-only by SQLite, silently, and stays so for good: the store never keeps one
(`refused_read_only`), so writes work again as soon as the file may be written again.
"""

from __future__ import annotations

import sqlite3

from bot.store.sqlite_file import BUSY_TIMEOUT_MS, FileWatch, set_durable_pragmas

__all__ = ["connect", "refused_read_only"]


def connect(
    path: str, watch: FileWatch | None, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> sqlite3.Connection:
    """A connection to the database at `path` with the store's pragmas, in autocommit mode
    (transactions begin where the caller says), usable from the thread that owns it.

    `busy_timeout_ms`: how long a statement waits for another connection's lock (0: not at all).
    """
    if watch is not None:  # SQLite would create an empty file where the database was
        watch.check()
    connection = sqlite3.connect(
        path,
        timeout=busy_timeout_ms / 1000,
        isolation_level=None,
        check_same_thread=False,  # opened by its first use, then used by one thread at a time
    )
    try:
        if watch is not None:
            watch.opened()
        set_durable_pragmas(connection.execute, busy_timeout_ms)
    except BaseException:
        connection.close()
        raise
    return connection


def refused_read_only(error: BaseException) -> bool:
    """Whether SQLite refused a write because the connection holds the file read-only
    (`SQLITE_READONLY` and its kinds): it was opened while the file, its `-shm` or its folder
    could not be written. Such a connection must be closed, never used again: it would refuse
    every write after the file is writable again."""
    name = getattr(error, "sqlite_errorname", "")
    return isinstance(error, sqlite3.Error) and str(name).startswith("SQLITE_READONLY")
