"""The answer writer's SQLite connection: plain SQL through the `sqlite3` driver.

A group-commit batch runs four or five fixed statements and a commit; through SQLAlchemy's
`Connection` each statement also built an execution context and a result, which cost as much
as the statements themselves. Here the batch talks to one `sqlite3` connection directly,
opened as every other connection is (`bot.store.sqlite_driver`: the same pragmas, WAL and
`synchronous=FULL` among them), with `BEGIN IMMEDIATE` and the file checked before every
transaction. Its errors are the driver's own, as on the plain SQL port
(`sqlite3.OperationalError` for a locked or full database: an outage to
`bot.store.outages`). The schema and migrations stay with SQLAlchemy and Alembic.

Used from one thread at a time (the writer's own), which opens the connection on first use.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.store.batch_sql import DriverSql
from bot.store.sqlite_driver import connect, refused_read_only
from bot.store.sqlite_file import FileWatch

__all__ = ["SqliteWriter", "time_commits"]

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
    """One open transaction on the raw connection."""

    dialect = _SQLITE

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def exec_driver_sql(self, statement: str, parameters: Any = (), /) -> Any:
        """Run `statement`; a list of tuples runs it once per tuple (`executemany`)."""
        if isinstance(parameters, list):
            return self._connection.executemany(statement, parameters)
        return self._connection.execute(statement, parameters)


class SqliteWriter:
    """A durable `sqlite3` connection for write batches; `transaction()` is one commit."""

    def __init__(self, path: str, watch: FileWatch | None) -> None:
        self._path = path
        self._watch = watch
        self._connection: sqlite3.Connection | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[DriverSql]:
        """`BEGIN IMMEDIATE` ... `COMMIT` (fsynced), or a rollback if the block raises."""
        if self._watch is not None:
            self._watch.check()
        if self._connection is None:
            self._connection = connect(self._path, self._watch)
        connection = self._connection
        began = time.perf_counter()
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield _Transaction(connection)
            connection.execute("COMMIT")
            for observe in _commit_timers:
                observe(time.perf_counter() - began)
        except BaseException as error:
            self._rollback(connection)
            if refused_read_only(error):  # opened read-only: a new one once writable again
                self.close()
            raise

    @staticmethod
    def _rollback(connection: sqlite3.Connection) -> None:
        if connection.in_transaction:
            # If even this fails the connection is unusable: the next batch fails and says so.
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")

    def release(self) -> None:
        """Write the WAL's changes into the database file and close the connection (in the
        writer thread); the next transaction opens a new one."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.close()

    def close(self) -> None:
        """Close the connection (from the thread that used it)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
