"""The answer writer's SQLite connection: plain SQL through the `sqlite3` driver.

A group-commit batch runs four or five fixed statements and a commit; through SQLAlchemy's
`Connection` each statement also built an execution context and a result, which cost as much
as the statements themselves. Here the batch talks to one `sqlite3` connection directly:
the same pragmas as every other connection (WAL, `synchronous=FULL`, foreign keys, busy
timeout), `BEGIN IMMEDIATE`, the file checked before every transaction, and errors raised as
the same SQLAlchemy exceptions (`OperationalError` for a locked or full database) that every
other path raises, so callers tell outages from bugs the same way. The schema and
migrations stay with SQLAlchemy and Alembic; reads stay on the async engine.

Used from one thread at a time (the writer's own), which opens the connection on first use.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from bot.store.batch_sql import DriverSql
from bot.store.engine import BUSY_TIMEOUT_MS, DURABLE_PRAGMAS, FileWatch, watch_of

__all__ = ["SqliteWriter", "open_sqlite_writer", "time_commits"]

_commit_timers: list[Callable[[float], None]] = []


def time_commits(observe: Callable[[float], None]) -> Callable[[], None]:
    """Call `observe(seconds)` after each committed writer transaction, BEGIN to COMMIT (as
    metrics time every SQLAlchemy write transaction); returns what stops it."""
    _commit_timers.append(observe)
    return lambda: _commit_timers.remove(observe)


@dataclass(frozen=True, slots=True)
class _Dialect:
    name: str


_SQLITE = _Dialect("sqlite")


class _Transaction:
    """One open transaction on the raw connection, with SQLAlchemy's error types."""

    dialect = _SQLITE

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def exec_driver_sql(self, statement: str, parameters: Any = (), /) -> Any:
        """Run `statement`; a list of tuples runs it once per tuple (`executemany`)."""
        try:
            if isinstance(parameters, list):
                return self._connection.executemany(statement, parameters)
            return self._connection.execute(statement, parameters)
        except sqlite3.Error as error:
            raise _wrapped(statement, parameters, error) from error


def _wrapped(statement: str | None, parameters: Any, error: sqlite3.Error) -> BaseException:
    """`error` as SQLAlchemy raises it (`OperationalError`, `IntegrityError`, ...)."""
    return sa_exc.DBAPIError.instance(statement, parameters, error, sqlite3.Error)


class SqliteWriter:
    """A durable `sqlite3` connection for write batches; `transaction()` is one commit."""

    def __init__(self, path: str, watch: FileWatch | None) -> None:
        self._path = path
        self._watch = watch
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._watch is not None:  # SQLite would create an empty file where the database was
            self._watch.check()
        connection = sqlite3.connect(
            self._path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # transactions begin where this module says
            check_same_thread=False,  # opened by the first batch, used by the writer's thread
        )
        if self._watch is not None:
            self._watch.opened()
        for pragma in DURABLE_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")
        return connection

    @contextlib.contextmanager
    def transaction(self) -> Iterator[DriverSql]:
        """`BEGIN IMMEDIATE` ... `COMMIT` (fsynced), or a rollback if the block raises."""
        if self._watch is not None:
            self._watch.check()
        try:
            if self._connection is None:
                self._connection = self._connect()
            connection = self._connection
            began = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _wrapped("BEGIN IMMEDIATE", (), error) from error
        try:
            yield _Transaction(connection)
            connection.execute("COMMIT")
            for observe in _commit_timers:
                observe(time.perf_counter() - began)
        except BaseException as error:
            self._rollback(connection)
            if isinstance(error, sqlite3.Error):
                raise _wrapped("COMMIT", (), error) from error
            raise

    @staticmethod
    def _rollback(connection: sqlite3.Connection) -> None:
        if connection.in_transaction:
            # If even this fails the connection is unusable: the next batch fails and says so.
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection (from the thread that used it)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def open_sqlite_writer(url: URL) -> SqliteWriter:
    """The writer for the SQLite database at `url` (connected by its first transaction)."""
    assert url.database is not None
    return SqliteWriter(url.database, watch_of(url))
