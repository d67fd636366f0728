"""The SQLAlchemy engine API the migrations and the PostgreSQL engine meet, as protocols.

The repositories run plain SQL through `bot.store.sql`; what still talks SQLAlchemy (the
migrations, `bot.store.migrate`, and the PostgreSQL port's engine) is written against
`Database` and `DatabaseConnection`, the part of SQLAlchemy's `AsyncEngine` /
`AsyncConnection` it needs. PostgreSQL gets SQLAlchemy's own `AsyncEngine` (asyncpg); SQLite
gets `bot.store.threaded_engine.ThreadedEngine`, SQLAlchemy Core's synchronous engine run on
worker threads, loaded only when a migration runs.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, TypeVarTuple, overload

from sqlalchemy.engine import URL, Connection, CursorResult, Dialect, ScalarResult
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.selectable import TypedReturnsRows

__all__ = ["Database", "DatabaseConnection", "Rows"]

_P = ParamSpec("_P")
_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")

Rows = CursorResult[*tuple[Any, ...]]
"""A statement's result: its rows (read whole), row count and keys."""


class DatabaseConnection(Protocol):
    """One connection, used by one task at a time; results come back fully read."""

    @property
    def dialect(self) -> Dialect:
        """The backend's dialect (`dialect.name`: "sqlite" or "postgresql")."""
        ...

    @overload
    async def execute(
        self, statement: TypedReturnsRows[*_Ts], parameters: Any = None
    ) -> CursorResult[*_Ts]: ...

    @overload
    async def execute(self, statement: Executable, parameters: Any = None) -> Rows: ...

    async def execute(self, statement: Executable, parameters: Any = None) -> Rows:
        """Run a Core statement; its rows, row count and keys."""
        ...

    async def scalar(self, statement: Executable, parameters: Any = None) -> Any:
        """Run a statement; the first column of its first row, or None."""
        ...

    async def scalars(self, statement: Executable, parameters: Any = None) -> ScalarResult[Any]:
        """Run a statement; the first column of every row."""
        ...

    async def exec_driver_sql(self, statement: str, parameters: Any = None) -> Rows:
        """Run SQL text as the driver takes it."""
        ...

    async def run_sync(
        self,
        fn: Callable[Concatenate[Connection, _P], _T],
        *args: _P.args,
        **kwargs: _P.kwargs,
    ) -> _T:
        """Call `fn(sync_connection, *args)` where the connection may block (not on the loop)."""
        ...


class Database(Protocol):
    """An engine: connections from a pool, each used with `async with`."""

    @property
    def dialect(self) -> Dialect:
        """The backend's dialect (`dialect.name`: "sqlite" or "postgresql")."""
        ...

    @property
    def url(self) -> URL:
        """Where the database is."""
        ...

    def connect(self) -> AbstractAsyncContextManager[DatabaseConnection]:
        """A connection; a transaction it began is rolled back when the block ends."""
        ...

    def begin(self) -> AbstractAsyncContextManager[DatabaseConnection]:
        """A connection in a transaction, committed when the block ends, else rolled back."""
        ...

    def execution_options(self, **options: Any) -> Database:
        """The same engine (and pool) with these options on its connections (e.g. WRITE)."""
        ...

    async def dispose(self) -> None:
        """Close the pooled connections."""
        ...
