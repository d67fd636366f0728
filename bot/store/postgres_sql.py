"""The plain SQL port on PostgreSQL: SQLAlchemy's `AsyncEngine` on asyncpg, statements as text.

Each statement goes through `sqlalchemy.text`, which binds the `:name` parameters for asyncpg
(tagged with the execution option `briefbot_port`, so engine-wide listeners can tell them);
the engine is `bot.store.postgres_engine`'s (client-side time limits, dropped connections
terminated). Errors are SQLAlchemy's (`OperationalError` for an outage, `IntegrityError` for
a broken constraint). Imported only for a PostgreSQL URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.store.engine import WRITE
from bot.store.sql import OwnTransactions, Params, Row, RowReads, bind_time, prepared

__all__ = ["PostgresSql", "PostgresTransaction"]


def _bound(statement: str, params: Params | None) -> tuple[Any, dict[str, Any]]:
    statement, bound = prepared(statement, params)
    for name, value in bound.items():
        if isinstance(value, dt.datetime):
            bound[name] = bind_time(value)  # refuses a naive time, as on SQLite
    return text(statement).execution_options(briefbot_port=True), bound


class PostgresTransaction(RowReads):
    """Statements on one connection, in its transaction."""

    backend = "postgresql"

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection

    async def rows(self, statement: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns."""
        result = await self._connection.execute(*_bound(statement, params))
        return [tuple(row) for row in result.all()] if result.returns_rows else []

    async def execute(self, statement: str, params: Params | None = None) -> int:
        """Run a statement; how many rows it changed."""
        result = await self._connection.execute(*_bound(statement, params))
        return int(result.rowcount)


class PostgresSql(OwnTransactions):
    """The plain SQL port on a PostgreSQL engine (`bot.store.sql.SqlDatabase`)."""

    backend = "postgresql"
    integrity_errors: tuple[type[Exception], ...] = (sa_exc.IntegrityError,)

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._write = engine.execution_options(**WRITE)

    @asynccontextmanager
    async def transaction(self, *, write: bool = False) -> AsyncIterator[PostgresTransaction]:
        """One transaction for `async with` (see `SqlDatabase.transaction`). Every pooled
        connection busy past the pool's wait (a burst of users while the server is slow or
        frozen) is Python's `TimeoutError`, an outage like a statement's timeout (was:
        SQLAlchemy's own `TimeoutError`, read as a bug: a traceback and "went wrong")."""
        try:
            async with (self._write if write else self.engine).begin() as connection:
                yield PostgresTransaction(connection)
        except sa_exc.TimeoutError as error:
            raise TimeoutError("no PostgreSQL connection was free in time") from error

    async def close(self) -> None:
        """Close the pooled connections."""
        await self.engine.dispose()
