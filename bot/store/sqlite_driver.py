"""What the store's plain `sqlite3` connections share: how they open, how their errors read.

The answer writer (`bot.store.sqlite_writer`) and the hot-path reader
(`bot.store.sqlite_reader`) talk to SQLite through the `sqlite3` driver rather than the async
engine. Both open their connection as every engine connection is opened (the same pragmas:
WAL, `synchronous=FULL`, foreign keys, busy timeout; the file checked first) and raise the
same SQLAlchemy exceptions (`OperationalError` for a locked or full database), so callers tell
outages from bugs the same way whichever path failed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bot.store.sqlite_file import BUSY_TIMEOUT_MS, FileWatch, set_durable_pragmas

__all__ = ["connect", "sqlalchemy_error"]


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


def sqlalchemy_error(statement: str | None, parameters: Any, error: sqlite3.Error) -> BaseException:
    """`error` as SQLAlchemy raises it (`OperationalError`, `IntegrityError`, ...)."""
    from sqlalchemy import exc as sa_exc

    return sa_exc.DBAPIError.instance(statement, parameters, error, sqlite3.Error)
