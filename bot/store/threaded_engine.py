"""SQLAlchemy Core's synchronous SQLite engine, run on worker threads behind an async API.

`ThreadedEngine` offers what the repositories use of SQLAlchemy's `AsyncEngine`
(`bot.store.database.Database`) without its asyncio extension, which imports the ORM and
greenlet (about 7 MiB resident) and drives SQLite through aiosqlite. Each statement runs in a
worker thread on the `sqlite3` driver, through the same engine events (pragmas, file check,
`BEGIN IMMEDIATE`) and raises the same SQLAlchemy errors; a query's rows are read whole in
that thread (`BufferedConnection`), so the event loop never waits on the database.

A task holds at most one pooled connection per `async with`, and as many tasks may hold one
as there are worker threads (`SLOTS`): a connection in use always finds a free thread, and a
task waiting for a connection waits on the event loop, never in a thread.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import URL, Connection, Dialect, Engine, ScalarResult
from sqlalchemy.sql.base import Executable

from bot.store.database import Rows

__all__ = ["SLOTS", "BufferedConnection", "ThreadedConnection", "ThreadedEngine"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

POOL_SIZE = 5
"""Connections the pool keeps open between uses."""

MAX_OVERFLOW = 10
"""Connections opened beyond POOL_SIZE while many tasks use the database at once."""

SLOTS = POOL_SIZE + MAX_OVERFLOW
"""Tasks that may hold a connection at once, and worker threads at most."""


class BufferedCursor(sqlite3.Cursor):
    """A cursor that reads all of a query's rows when it runs (in the calling thread)."""

    _rows: deque[Any]

    def execute(self, sql: str, parameters: Any = (), /) -> BufferedCursor:
        """Run `sql`, then read every row it returns."""
        super().execute(sql, parameters)
        self._rows = deque(super().fetchall() if self.description is not None else ())
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


class _Workers:
    """The threads and the connection slots an engine and its option views share."""

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self.slots = asyncio.Semaphore(SLOTS)

    def submit(self, fn: Callable[..., _T], *args: Any) -> Future[_T]:
        """Run `fn(*args)` in a worker thread (started on first use, again after `close`)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(SLOTS, thread_name_prefix="briefbot-sqlite")
        return self._executor.submit(fn, *args)

    def close(self) -> None:
        """Let the idle threads end (a later use starts new ones)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None


class ThreadedEngine:
    """An async engine over a synchronous SQLAlchemy `Engine` (`bot.store.database.Database`)."""

    def __init__(self, sync_engine: Engine, workers: _Workers | None = None) -> None:
        self.sync_engine = sync_engine
        self._workers = workers or _Workers()

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
        """Close the pooled connections and let the worker threads end."""
        await asyncio.wrap_future(self._workers.submit(self.sync_engine.dispose))
        self._workers.close()


class ThreadedConnection:
    """One pooled connection, opened in a worker thread by its first statement.

    Every call runs in a worker thread, one at a time. Leaving the `async with` block commits
    (`begin()`, no error) or rolls back, and returns the connection to the pool, after any
    call still running there (a cancelled caller's) has finished.
    """

    def __init__(self, engine: Engine, workers: _Workers, *, transaction: bool) -> None:
        self._engine = engine
        self._workers = workers
        self._transaction = transaction
        self._sync: Connection | None = None
        self._running: Future[Any] | None = None
        self._held = False

    @property
    def dialect(self) -> Dialect:
        """The SQLite dialect."""
        return self._engine.dialect

    async def __aenter__(self) -> ThreadedConnection:
        await self._workers.slots.acquire()
        self._held = True
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ending = asyncio.ensure_future(self._end(commit=exc_type is None))
        try:
            await asyncio.shield(ending)
        except Exception:
            if exc_type is None:
                raise  # a failed COMMIT is the block's error; otherwise the first error wins

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
        if not self._held:
            raise RuntimeError("use the connection inside its `async with` block")
        self._running = self._workers.submit(self._in_thread, fn, args)
        return await asyncio.wrap_future(self._running)

    def _in_thread(self, fn: Callable[..., _T], args: tuple[Any, ...]) -> _T:
        if self._sync is None:
            self._sync = self._engine.connect()
            if self._transaction:
                self._sync.begin()
        return fn(self._sync, *args)

    async def _end(self, *, commit: bool) -> None:
        try:
            running = self._running
            if running is not None and not running.done():
                await asyncio.wait([asyncio.wrap_future(running)])
            if self._sync is not None:
                await asyncio.wrap_future(self._workers.submit(self._close_in_thread, commit))
        finally:
            self._held = False
            self._workers.slots.release()

    def _close_in_thread(self, commit: bool) -> None:
        assert self._sync is not None
        connection, self._sync = self._sync, None
        try:
            transaction = connection.get_transaction()
            if self._transaction and commit and transaction is not None:
                transaction.commit()
        finally:
            connection.close()  # rolls back whatever is left
