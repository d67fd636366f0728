"""Reads on every interaction's path, on SQLite: a plain `sqlite3` point read, no thread hop.

Every click and command first reads its student's preferences. Through the async engine
that read is a hop between the event loop and aiosqlite's thread per driver call (begin,
execute, fetch, rollback, ...), each a thread wake-up: 1 to 7 ms on a busy machine, more
than the fsync of the answer the click commits. Here the read runs on a plain `sqlite3`
connection opened as every other one is (`bot.store.sqlite_driver`) and set `query_only`.

It runs on the event loop itself, as a function call: in WAL mode a reader never waits for
a writer, and a point read by primary key of pages the OS has cached takes microseconds,
less than waking a thread. Its connection waits for no lock (`busy_timeout=0`); in the rare
cases where SQLite would make a reader wait (another process recovering the WAL, or holding
the file exclusively) the read is refused at once and runs again in the reader's worker
thread, on a second connection that waits as long as every other one. The file is checked
before every read, and errors are the driver's own, as on every other SQLite path. Nothing
is cached: each read sees what any process committed before it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from bot.store.sqlite_driver import connect
from bot.store.sqlite_file import BUSY_TIMEOUT_MS, FileWatch

__all__ = ["ReadSql", "SqliteReader"]

T = TypeVar("T")


class ReadSql:
    """One read transaction on a reader connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, statement: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Every row `statement` returns."""
        try:
            return self._connection.execute(statement, parameters).fetchall()
        except sqlite3.Error as error:
            if _is_busy(error):
                raise _Busy from error
            raise


class _Busy(Exception):
    """The read would have to wait for a lock: run it in the worker thread instead."""


def _is_busy(error: sqlite3.Error) -> bool:
    """Whether SQLite refused for a lock held elsewhere (and would have waited for it)."""
    code = getattr(error, "sqlite_errorcode", None) or 0
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class _Connection:
    """One lazily opened reader connection; `wait` False: refuse at once instead of waiting."""

    def __init__(self, path: str, watch: FileWatch | None, *, wait: bool) -> None:
        self._path = path
        self._watch = watch
        self._wait = wait
        self._connection: sqlite3.Connection | None = None

    def run(self, work: Callable[[ReadSql], T]) -> T:
        """`work` in one read transaction on this connection."""
        if self._watch is not None:
            self._watch.check()
        try:
            connection = self._open()
            connection.execute("BEGIN")
        except sqlite3.Error as error:
            if not self._wait and _is_busy(error):
                raise _Busy from error
            raise
        try:
            return work(ReadSql(connection))
        finally:
            if connection.in_transaction:
                try:
                    connection.execute("COMMIT")  # ends the read; nothing was written
                except sqlite3.Error:
                    self.close()  # unusable: the next read opens a new connection

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            wait_ms = BUSY_TIMEOUT_MS if self._wait else 0
            connection = connect(self._path, self._watch, busy_timeout_ms=wait_ms)
            connection.execute("PRAGMA query_only=ON")
            self._connection = connection
        return self._connection

    def close(self) -> None:
        """Close the connection (it opens again at the next read)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class SqliteReader:
    """Runs read functions, each in one read transaction: on the loop, else in a thread."""

    def __init__(self, path: str, watch: FileWatch | None) -> None:
        self._here = _Connection(path, watch, wait=False)
        self._waiting = _Connection(path, watch, wait=True)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="briefbot-reader")

    async def read(self, work: Callable[[ReadSql], T]) -> T:
        """`work(sql)` run in one read transaction; its result.

        `work` must only read (the connection refuses writes) and be quick: it runs on the
        event loop unless SQLite asks the read to wait for a lock.
        """
        try:
            return self._here.run(work)
        except _Busy:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._thread, self._run_waiting, work)

    def _run_waiting(self, work: Callable[[ReadSql], T]) -> T:
        try:
            return self._waiting.run(work)
        except _Busy as busy:  # waited the whole busy timeout: an outage, as elsewhere
            cause = busy.__cause__
            assert isinstance(cause, sqlite3.Error)
            raise cause from None

    async def release(self) -> None:
        """Close both connections (the thread's in its thread); the next reads open new ones."""
        self._here.close()
        await asyncio.get_running_loop().run_in_executor(self._thread, self._waiting.close)

    async def close(self) -> None:
        """Close both connections (the thread's in its thread) and stop the thread."""
        self._here.close()
        try:
            await asyncio.get_running_loop().run_in_executor(self._thread, self._waiting.close)
        finally:
            self._thread.shutdown()
