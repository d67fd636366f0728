"""The plain SQL port on SQLite: the `sqlite3` driver on worker threads, no SQLAlchemy.

Connections open as every store connection does (`bot.store.sqlite_driver.connect`: WAL,
`synchronous=FULL`, foreign keys, busy timeout, the file checked first); every transaction
checks the file again (`FileWatch`) and begins `BEGIN IMMEDIATE` when it will write, so two
writers, also in two processes, queue on the lock instead of failing halfway. Errors are the
driver's own (`sqlite3.OperationalError` for a locked, full or broken database,
`sqlite3.IntegrityError` for a broken constraint).

Each transaction has a worker thread of its own for its `async with` block
(`bot.store.worker_threads`): its statements run there in order and read their rows whole,
so the event loop never waits on the database. A caller that gives up (cancelled, e.g. by a
time limit) leaves at once; the rollback runs behind it in that thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from bot.store.sql import (
    OwnTransactions,
    Params,
    Row,
    RowReads,
    bind_time,
    prepared,
    write_committed,
)
from bot.store.sqlite_driver import connect, refused_read_only
from bot.store.sqlite_file import FileWatch, watch_of_path
from bot.store.worker_threads import FINISH_ON_DISPOSE_S, POOL_SIZE, WorkerThreads, end_block

__all__ = ["SqliteSql", "SqliteTransaction", "sqlite_value"]

_T = TypeVar("_T")


def sqlite_value(value: Any) -> Any:
    """A parameter as SQLite stores it: times as naive UTC text with microseconds (as
    SQLAlchemy stored them), dates as `YYYY-MM-DD`; anything else as is."""
    if isinstance(value, dt.datetime):
        return bind_time(value).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _bound(statement: str, params: Params | None) -> tuple[str, dict[str, Any]]:
    statement, bound = prepared(statement, params)
    return statement, {name: sqlite_value(value) for name, value in bound.items()}


class _Pool:
    """Idle connections to one file, shared by the worker threads (at most `keep` kept).

    `dispose()` closes the idle ones; those in use are closed when given back. A connection
    opened while the file may not be written is read-only for good (SQLite's silent
    fallback): it serves its transaction and is closed, never kept (`keeps`).
    """

    def __init__(self, path: str, watch: FileWatch | None, *, keep: int) -> None:
        self._path = path
        self._watch = watch
        self._keep = keep
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0

    def take(self) -> tuple[sqlite3.Connection, int]:
        """A connection (opened if none is idle) and the pool's generation it belongs to:
        -1 for one opened while the file could not be written (`give_back` closes it)."""
        with self._lock:
            generation = self._generation
            if self._idle:
                return self._idle.pop(), generation
        # asked before SQLite opens it (a file not there yet is created writable, or not at all)
        writable = os.access(self._path, os.W_OK) or not os.path.exists(self._path)
        return connect(self._path, self._watch), generation if writable else -1

    def give_back(self, connection: sqlite3.Connection, generation: int) -> None:
        """Keep `connection` for the next transaction, or close it."""
        with self._lock:
            if generation == self._generation and len(self._idle) < self._keep:
                self._idle.append(connection)
                return
        connection.close()

    def dispose(self) -> None:
        """Close the idle connections; those in use close when given back."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for connection in idle:
            connection.close()

    def check(self) -> None:
        """Fail (`DatabaseVanishedError`) unless the file is still the one first opened."""
        if self._watch is not None:
            self._watch.check()


class SqliteTransaction(RowReads):
    """One transaction with a worker thread of its own, begun by its first statement."""

    backend = "sqlite"

    def __init__(self, pool: _Pool, workers: WorkerThreads, *, write: bool) -> None:
        self._pool = pool
        self._workers = workers
        self._write = write
        self._thread: ThreadPoolExecutor | None = None
        self._connection: sqlite3.Connection | None = None
        self._generation = 0
        self._began = 0.0

    async def __aenter__(self) -> SqliteTransaction:
        self._thread = await self._workers.take()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await end_block(self, self._workers, exc_type)

    async def rows(self, statement: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns."""
        return await self._call(self._rows, statement, params)

    async def execute(self, statement: str, params: Params | None = None) -> int:
        """Run a statement; how many rows it changed."""
        return await self._call(self._execute, statement, params)

    def _rows(self, connection: sqlite3.Connection, statement: str, params: Params | None) -> Any:
        return connection.execute(*_bound(statement, params)).fetchall()

    def _execute(
        self, connection: sqlite3.Connection, statement: str, params: Params | None
    ) -> int:
        return connection.execute(*_bound(statement, params)).rowcount

    async def _call(self, fn: Callable[..., _T], *args: Any) -> _T:
        if self._thread is None:
            raise RuntimeError("use the transaction inside its `async with` block")
        return await asyncio.wrap_future(self._thread.submit(self._in_thread, fn, args))

    def _in_thread(self, fn: Callable[..., _T], args: tuple[Any, ...]) -> _T:
        if self._connection is None:
            self._begin()
        assert self._connection is not None
        try:
            return fn(self._connection, *args)
        except sqlite3.Error as error:
            if refused_read_only(error):  # never kept: it would refuse writes for good
                self._generation = -1
            raise

    def _begin(self) -> None:
        connection, self._generation = self._pool.take()  # a new one checks the file first
        try:
            self._pool.check()
            connection.execute("BEGIN IMMEDIATE" if self._write else "BEGIN")
        except BaseException as error:
            self._pool.give_back(connection, -1 if refused_read_only(error) else self._generation)
            raise
        self._connection = connection
        self._began = time.perf_counter()

    async def _end(self, *, commit: bool) -> None:
        thread, ending = self._start_ending(commit=commit)
        try:
            await asyncio.shield(asyncio.wrap_future(ending))
        finally:
            self._workers.give_back(thread)

    def _start_ending(self, *, commit: bool) -> tuple[ThreadPoolExecutor, Future[None]]:
        """Queue the COMMIT or ROLLBACK in the transaction's thread, behind any statement
        still running there (it runs even if nobody waits for it)."""
        thread, self._thread = self._thread, None
        assert thread is not None
        return thread, thread.submit(self._end_in_thread, commit)

    def _end_in_thread(self, commit: bool) -> None:
        if self._connection is None:
            return
        connection, self._connection = self._connection, None
        try:
            if connection.in_transaction:
                connection.execute("COMMIT" if commit else "ROLLBACK")
                if commit and self._write:
                    write_committed(time.perf_counter() - self._began)
        except BaseException as error:
            _roll_back_quietly(connection)
            if refused_read_only(error):
                self._generation = -1
            raise
        finally:
            if connection.in_transaction:
                connection.close()  # unusable: the next transaction opens a new one
            else:
                self._pool.give_back(connection, self._generation)


def _roll_back_quietly(connection: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        connection.execute("ROLLBACK")


class SqliteSql(OwnTransactions):
    """The plain SQL port on one SQLite file (`bot.store.sql.SqlDatabase`)."""

    backend = "sqlite"
    integrity_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

    def __init__(self, path: str, *, pooled: bool = True) -> None:
        """`pooled=False` keeps no idle connection: each transaction opens and closes its
        own (for an occasional poll, which then never holds the file between polls)."""
        self.path = path
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.watch = watch_of_path(path)
        self._pool = _Pool(path, self.watch, keep=POOL_SIZE if pooled else 0)
        self._workers = WorkerThreads()

    def transaction(self, *, write: bool = False) -> SqliteTransaction:
        """One transaction for `async with` (see `SqlDatabase.transaction`)."""
        return SqliteTransaction(self._pool, self._workers, write=write)

    async def close(self) -> None:
        """Wait (a little) for the rollbacks of transactions given up on, close the idle
        connections and let the idle threads end; later statements open new ones."""
        try:
            await self._workers.wait_finishing(timeout=FINISH_ON_DISPOSE_S)
            await asyncio.to_thread(self._pool.dispose)
        finally:
            self._workers.close_idle()
