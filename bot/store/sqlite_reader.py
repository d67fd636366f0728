"""Reads on every interaction's path, on SQLite: a plain `sqlite3` point read, one thread hop.

Every click and command first reads its student's preferences. Through the async engine
that read is a hop between the event loop and aiosqlite's thread per driver call (begin,
execute, fetch, rollback, ...), each a thread wake-up: 1 to 7 ms on a busy machine, more
than the fsync of the answer the click commits. Here the read runs on a plain `sqlite3`
connection opened as every other one is (`bot.store.sqlite_driver`) and set `query_only`.

It runs whole in the reader's own thread, one hop there and back, never on the event loop:
a point read by primary key of pages the OS has cached takes microseconds, but a page it no
longer caches is read from the disk, and a disk slow to read (a throttled or failing volume)
would hold every interaction of the process for as long (`tests/faults/test_slow_reads.py`).
Its connection waits for no lock (`busy_timeout=0`); in the rare cases where SQLite would
make a reader wait (another process recovering the WAL, or holding the file exclusively) the
read is refused at once and runs again in a second thread, on a second connection that waits
as long as every other one, so the quick reads behind it go on. The file is checked before
every read, and errors are the driver's own, as on every other SQLite path. Nothing is
cached: each read sees what any process committed before it.
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
    """Runs read functions, each in one read transaction, in the reader's thread (in a second
    one when SQLite makes the read wait for a lock)."""

    def __init__(self, path: str, watch: FileWatch | None) -> None:
        self._quick = _Connection(path, watch, wait=False)
        self._waiting = _Connection(path, watch, wait=True)
        self._quick_thread = ThreadPoolExecutor(1, thread_name_prefix="briefbot-read")
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="briefbot-reader")

    async def read(self, work: Callable[[ReadSql], T]) -> T:
        """`work(sql)` run in one read transaction; its result.

        `work` must only read (the connection refuses writes) and be quick: it runs in the
        reader's thread, and in the waiting thread when SQLite asks the read to wait for a lock.
        """
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._quick_thread, self._quick.run, work)
        except _Busy:
            return await loop.run_in_executor(self._thread, self._run_waiting, work)

    def _run_waiting(self, work: Callable[[ReadSql], T]) -> T:
        try:
            return self._waiting.run(work)
        except _Busy as busy:  # waited the whole busy timeout: an outage, as elsewhere
            cause = busy.__cause__
            assert isinstance(cause, sqlite3.Error)
            raise cause from None

    async def release(self) -> None:
        """Close both connections (each in its thread); the next reads open new ones."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._quick_thread, self._quick.close)
        await loop.run_in_executor(self._thread, self._waiting.close)

    async def close(self) -> None:
        """Close both connections (each in its thread) and stop both threads."""
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._quick_thread, self._quick.close)
            await loop.run_in_executor(self._thread, self._waiting.close)
        finally:
            self._quick_thread.shutdown()
            self._thread.shutdown()
