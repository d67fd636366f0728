"""SQLAlchemy Core's synchronous SQLite engine, run on worker threads behind an async API.

`ThreadedEngine` offers what the repositories use of SQLAlchemy's `AsyncEngine`
(`bot.store.database.Database`) without its asyncio extension, which imports the ORM and
greenlet (about 7 MiB resident) and drives SQLite through aiosqlite. Each statement runs in a
worker thread on the `sqlite3` driver, through the same engine events (pragmas, file check,
`BEGIN IMMEDIATE`) and raises the same SQLAlchemy errors; a query's rows are read whole in
that thread (`BufferedConnection`), so the event loop never waits on the database.

Each connection in use has a worker thread of its own for its `async with` block (at most
`SLOTS` at once, the pool's size): its statements run in order, never behind another
connection's statement that waits for SQLite's lock, and a task waiting for a connection waits
on the event loop, never in a thread.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import URL, Connection, Dialect, Engine, ScalarResult
from sqlalchemy.sql.base import Executable

from bot.store.database import Rows
from bot.store.worker_threads import (
    FINISH_ON_DISPOSE_S,
    SLOTS,
    WorkerThreads,
    end_block,
)

__all__ = ["SLOTS", "BufferedConnection", "ThreadedConnection", "ThreadedEngine"]

log = logging.getLogger(__name__)

_P = ParamSpec("_P")
_T = TypeVar("_T")


class BufferedCursor(sqlite3.Cursor):
    """A cursor that reads all of a query's rows when it runs (in the calling thread)."""

    _rows: deque[Any]

    def execute(self, sql: str, parameters: Any = (), /) -> BufferedCursor:
        """Run `sql`, then read every row it returns."""
        super().execute(sql, parameters)
        self._rows = deque(super().fetchall() if self.description is not None else ())
        return self

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> BufferedCursor:
        """Run `sql` once per parameter set (no rows come back)."""
        super().executemany(sql, seq_of_parameters)
        self._rows = deque()
        return self

    def fetchone(self) -> Any:
        """The next row, or None."""
        rows = getattr(self, "_rows", None)
        return rows.popleft() if rows else None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        """Up to `size` more rows (`arraysize` by default)."""
        rows: deque[Any] = getattr(self, "_rows", deque())
        count = min(self.arraysize if size is None else size, len(rows))
        return [rows.popleft() for _ in range(count)]

    def fetchall(self) -> list[Any]:
        """Every row left."""
        rows: deque[Any] = getattr(self, "_rows", deque())
        left = list(rows)
        rows.clear()
        return left

    def __iter__(self) -> BufferedCursor:
        return self

    def __next__(self) -> Any:
        rows = getattr(self, "_rows", None)
        if not rows:
            raise StopIteration
        return rows.popleft()


class BufferedConnection(sqlite3.Connection):
    """A `sqlite3` connection whose cursors read their rows whole (`BufferedCursor`)."""

    def cursor(self, factory: Any = BufferedCursor) -> Any:
        """A new cursor (a `BufferedCursor` unless told otherwise)."""
        return super().cursor(factory)


class ThreadedEngine:
    """An async engine over a synchronous SQLAlchemy `Engine` (`bot.store.database.Database`)."""

    def __init__(self, sync_engine: Engine, workers: WorkerThreads | None = None) -> None:
        self.sync_engine = sync_engine
        self._workers = workers or WorkerThreads()

    @property
    def dialect(self) -> Dialect:
        """The SQLite dialect."""
        return self.sync_engine.dialect

    @property
    def url(self) -> URL:
        """The database's URL."""
        return self.sync_engine.url

    def connect(self) -> ThreadedConnection:
        """A connection for `async with`; what it began is rolled back at the end."""
        return ThreadedConnection(self.sync_engine, self._workers, transaction=False)

    def begin(self) -> ThreadedConnection:
        """A connection in a transaction for `async with`: committed, or rolled back on error."""
        return ThreadedConnection(self.sync_engine, self._workers, transaction=True)

    def execution_options(self, **options: Any) -> ThreadedEngine:
        """This engine (same pool and threads) with `options` on its connections."""
        return ThreadedEngine(self.sync_engine.execution_options(**options), self._workers)

    async def dispose(self) -> None:
        """Finish the rollbacks of connections given up on, close the pooled connections and
        let the idle worker threads end."""
        try:
            await self._workers.wait_finishing(timeout=FINISH_ON_DISPOSE_S)
            await asyncio.to_thread(self.sync_engine.dispose)
        finally:
            self._workers.close_idle()


class ThreadedConnection:
    """One pooled connection with a worker thread of its own, opened by its first statement.

    Every call runs in that thread, in order. Leaving the `async with` block commits
    (`begin()`, no error) or rolls back and returns the connection to the pool. A caller that
    gives up (cancelled, e.g. by a time limit) leaves at once: the rollback then runs in the
    background once the call it gave up on has finished in the thread.
    """

    def __init__(self, engine: Engine, workers: WorkerThreads, *, transaction: bool) -> None:
        self._engine = engine
        self._workers = workers
        self._transaction = transaction
        self._sync: Connection | None = None
        self._thread: ThreadPoolExecutor | None = None

    @property
    def dialect(self) -> Dialect:
        """The SQLite dialect."""
        return self._engine.dialect

    async def __aenter__(self) -> ThreadedConnection:
        self._thread = await self._workers.take()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await end_block(self, self._workers, exc_type)

    async def execute(self, statement: Executable, parameters: Any = None) -> Rows:
        """Run a Core statement; its rows are read whole."""
        return await self._call(Connection.execute, statement, parameters)

    async def scalar(self, statement: Executable, parameters: Any = None) -> Any:
        """The first column of the first row, or None."""
        return await self._call(Connection.scalar, statement, parameters)

    async def scalars(self, statement: Executable, parameters: Any = None) -> ScalarResult[Any]:
        """The first column of every row."""
        return await self._call(Connection.scalars, statement, parameters)

    async def exec_driver_sql(self, statement: str, parameters: Any = None) -> Rows:
        """Run SQL text as `sqlite3` takes it."""
        return await self._call(Connection.exec_driver_sql, statement, parameters)

    async def run_sync(
        self,
        fn: Callable[Concatenate[Connection, _P], _T],
        *args: _P.args,
        **kwargs: _P.kwargs,
    ) -> _T:
        """Call `fn(connection, *args, **kwargs)` in the worker thread."""
        return await self._call(lambda connection: fn(connection, *args, **kwargs))

    async def _call(self, fn: Callable[..., _T], *args: Any) -> _T:
        if self._thread is None:
            raise RuntimeError("use the connection inside its `async with` block")
        return await asyncio.wrap_future(self._thread.submit(self._in_thread, fn, args))

    def _in_thread(self, fn: Callable[..., _T], args: tuple[Any, ...]) -> _T:
        if self._sync is None:
            self._sync = self._engine.connect()
            if self._transaction:
                self._sync.begin()
        return fn(self._sync, *args)

    async def _end(self, *, commit: bool) -> None:
        thread, closing = self._start_ending(commit=commit)
        try:
            await asyncio.shield(asyncio.wrap_future(closing))
        finally:
            self._workers.give_back(thread)

    def _start_ending(self, *, commit: bool) -> tuple[ThreadPoolExecutor, Future[None]]:
        """Queue the commit or rollback and close in the connection's thread, behind any call
        still running there (it runs even if nobody waits for it); the thread and its job."""
        thread, self._thread = self._thread, None
        assert thread is not None
        return thread, thread.submit(self._close_in_thread, commit)

    def _close_in_thread(self, commit: bool) -> None:
        if self._sync is None:
            return
        connection, self._sync = self._sync, None
        try:
            transaction = connection.get_transaction()
            if self._transaction and commit and transaction is not None:
                transaction.commit()
        finally:
            connection.close()  # rolls back whatever is left
