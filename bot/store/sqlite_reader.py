"""Reads on every interaction's path, on SQLite: one hop to a plain `sqlite3` connection.

Every click and command first reads its student's preferences. Through the async engine
that read is a hop between the event loop and aiosqlite's thread per driver call (begin,
execute, fetch, rollback, ...), each a thread wake-up: 1 to 7 ms on a busy machine, more
than the fsync of the answer the click commits. Here the whole read transaction runs in one
worker thread of its own, on one `sqlite3` connection opened as every other one is
(`bot.store.sqlite_driver`) and set `query_only`: one hop there and back. The file is
checked before every read, and errors come back as SQLAlchemy's, as on every other path.
Nothing is cached: each read sees what any process committed before it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy.engine import URL

from bot.store.engine import FileWatch, watch_of
from bot.store.sqlite_driver import connect, sqlalchemy_error

__all__ = ["ReadSql", "SqliteReader", "open_sqlite_reader"]

T = TypeVar("T")


class ReadSql:
    """One read transaction on the reader's connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, statement: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Every row `statement` returns."""
        try:
            return self._connection.execute(statement, parameters).fetchall()
        except sqlite3.Error as error:
            raise sqlalchemy_error(statement, parameters, error) from error


class SqliteReader:
    """Runs read functions, each in one transaction, in one worker thread."""

    def __init__(self, path: str, watch: FileWatch | None) -> None:
        self._path = path
        self._watch = watch
        self._connection: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="briefbot-reader")

    async def read(self, work: Callable[[ReadSql], T]) -> T:
        """`work(sql)` run in one read transaction in the reader's thread; its result."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._run, work)

    def _run(self, work: Callable[[ReadSql], T]) -> T:
        if self._watch is not None:
            self._watch.check()
        try:
            if self._connection is None:
                self._connection = connect(self._path, self._watch)
                self._connection.execute("PRAGMA query_only=ON")
            connection = self._connection
            connection.execute("BEGIN")
        except sqlite3.Error as error:
            raise sqlalchemy_error("BEGIN", (), error) from error
        try:
            return work(ReadSql(connection))
        finally:
            if connection.in_transaction:
                try:
                    connection.execute("COMMIT")  # ends the read; nothing was written
                except sqlite3.Error:
                    self._drop()  # unusable: the next read opens a new connection

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def close(self) -> None:
        """Close the connection (in its own thread) and stop the thread."""
        try:
            await asyncio.get_running_loop().run_in_executor(self._thread, self._drop)
        finally:
            self._thread.shutdown()


def open_sqlite_reader(url: URL) -> SqliteReader:
    """The reader for the SQLite database at `url` (connected by its first read)."""
    assert url.database is not None
    return SqliteReader(url.database, watch_of(url))
