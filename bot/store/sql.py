"""The plain SQL port the repositories talk through: one async API over SQLite and PostgreSQL.

A repository writes each statement once, as SQL text with named parameters (`:name`) that
both databases accept (both have `ON CONFLICT ... DO UPDATE`, `RETURNING` and CTEs), and runs
it through a `SqlDatabase`: `rows`, `one`, `scalar` and `execute` (each its own transaction)
or several of them in one `transaction()`.

Why plain SQL rather than SQLAlchemy Core compiled into a generated module: the statement a
newcomer reads in the repository is the statement that runs, with no build step to forget
and no second copy to keep in step; several statements are built per call (partial updates,
`IN` lists), which a generated module could not hold anyway. The schema and the migrations
stay with SQLAlchemy and Alembic (`bot.store.schema`, `bot.store.migrate`).

What differs between the databases lives here, and only here:

- binding: a parameter that is a list or tuple is an `IN` list (`:ids` becomes `:ids_0,
  :ids_1, ...`, `expand_lists`); times must be timezone-aware (`bind_time`), and SQLite stores
  them as naive UTC text, as SQLAlchemy's `UTCDateTime` always did;
- reading: `read_time`, `read_date` and `read_bool` turn either database's value into the
  Python one (SQLite hands back text and 0/1);
- errors: `SqlDatabase.integrity_errors` are the exceptions a broken constraint raises
  (`sqlite3.IntegrityError` on SQLite, SQLAlchemy's `IntegrityError` on PostgreSQL); an
  outage raises `sqlite3.OperationalError` or SQLAlchemy's `OperationalError`, both of which
  `bot.store.health.is_database_outage` recognises.

Implementations: `bot.store.sqlite_sql.SqliteSql` (plain `sqlite3` on worker threads: a bot on
SQLite never imports SQLAlchemy) and `bot.store.postgres_sql.PostgresSql` (SQLAlchemy's
`AsyncEngine` on asyncpg).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

__all__ = [
    "Params",
    "Row",
    "RowReads",
    "SqlDatabase",
    "SqlRunner",
    "bind_time",
    "expand_lists",
    "open_sql",
    "prepared",
    "read_bool",
    "read_date",
    "read_maybe_bool",
    "read_maybe_time",
    "read_time",
    "time_write_transactions",
    "watch_statements",
    "write_committed",
]

Row = tuple[Any, ...]
"""One row, its columns in the order the statement names them."""

Params = Mapping[str, Any]
"""A statement's parameters by name (`:name` in the SQL)."""


class SqlRunner(Protocol):
    """Runs statements: in one transaction (`SqlDatabase.transaction`), or each on its own."""

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        ...

    async def rows(self, statement: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns."""
        ...

    async def one(self, statement: str, params: Params | None = None) -> Row | None:
        """The statement's first row, or None."""
        ...

    async def scalar(self, statement: str, params: Params | None = None) -> Any:
        """The first column of the statement's first row, or None."""
        ...

    async def execute(self, statement: str, params: Params | None = None) -> int:
        """Run a statement that returns no rows; how many rows it changed."""
        ...


class SqlDatabase(SqlRunner, Protocol):
    """A database: statements each in a transaction of its own, or several in one.

    Outside `transaction()`, `execute` runs as a write transaction and the others as reads.
    """

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """What a broken constraint (unique, foreign key, not null) raises."""
        ...

    def transaction(self, *, write: bool = False) -> AbstractAsyncContextManager[SqlRunner]:
        """One transaction for `async with`: committed at the end of the block, rolled back
        on an error (or when the caller gives up). `write=True` for one that will write
        (SQLite takes the write lock at once: `BEGIN IMMEDIATE`)."""
        ...

    async def close(self) -> None:
        """Close the idle connections (later statements open new ones)."""
        ...


class RowReads:
    """`one` and `scalar` read through `rows`, for a transaction that defines `rows`."""

    async def rows(self, statement: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns."""
        raise NotImplementedError

    async def one(self, statement: str, params: Params | None = None) -> Row | None:
        """The first row, or None."""
        found = await self.rows(statement, params)
        return found[0] if found else None

    async def scalar(self, statement: str, params: Params | None = None) -> Any:
        """The first column of the first row, or None."""
        row = await self.one(statement, params)
        return None if row is None else row[0]


class OwnTransactions:
    """`SqlDatabase`'s statements outside `transaction()`, each in a transaction of its own
    (`execute` a write, the others reads), for a class that defines `transaction`."""

    def transaction(self, *, write: bool = False) -> AbstractAsyncContextManager[SqlRunner]:
        """See `SqlDatabase.transaction`."""
        raise NotImplementedError

    async def rows(self, statement: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns, in a read transaction of its own."""
        async with self.transaction() as sql:
            return await sql.rows(statement, params)

    async def one(self, statement: str, params: Params | None = None) -> Row | None:
        """The first row, or None, in a read transaction of its own."""
        async with self.transaction() as sql:
            return await sql.one(statement, params)

    async def scalar(self, statement: str, params: Params | None = None) -> Any:
        """The first column of the first row, or None, in a read transaction of its own."""
        async with self.transaction() as sql:
            return await sql.scalar(statement, params)

    async def execute(self, statement: str, params: Params | None = None) -> int:
        """Run a statement in a write transaction of its own; how many rows it changed."""
        async with self.transaction(write=True) as sql:
            return await sql.execute(statement, params)


def open_sql(url: str, *, pooled: bool = True) -> SqlDatabase:
    """The port on the database at `url`: SQLite without importing SQLAlchemy, else
    PostgreSQL on the store's async engine (`bot.store.engine.create_engine`).

    `pooled=False` keeps no idle connection (for an occasional probe or poll).
    """
    from bot.store.sqlite_file import sqlite_database

    path = sqlite_database(url)
    if path is not None:
        from bot.store.sqlite_sql import SqliteSql

        return SqliteSql(path, pooled=pooled)
    from bot.store.engine import create_engine
    from bot.store.postgres_sql import PostgresSql

    return PostgresSql(create_engine(url, pooled=pooled))


_statement_watchers: list[Callable[[str, dict[str, Any]], None]] = []


def watch_statements(observe: Callable[[str, dict[str, Any]], None]) -> Callable[[], None]:
    """Call `observe(statement, params)` for every statement either port runs, as it runs
    (lists written out); returns what stops it. For tests reading query plans."""
    _statement_watchers.append(observe)
    return lambda: _statement_watchers.remove(observe)


def prepared(statement: str, params: Params | None) -> tuple[str, dict[str, Any]]:
    """The statement and parameters as a port runs them (`expand_lists`), shown to the
    `watch_statements` observers."""
    statement, bound = expand_lists(statement, params)
    for observe in tuple(_statement_watchers):
        observe(statement, bound)
    return statement, bound


_LIST_TYPES = (list, tuple, set, frozenset)


def expand_lists(statement: str, params: Params | None) -> tuple[str, dict[str, Any]]:
    """`statement` with every list parameter `:name` written out as `:name_0, :name_1, ...`.

    An empty list raises ValueError: `IN ()` is not SQL that PostgreSQL accepts; the caller
    knows what an empty list means and should not ask.
    """
    bound = dict(params or {})
    for name, value in list(bound.items()):
        if not isinstance(value, _LIST_TYPES):
            continue
        items = list(value)
        if not items:
            raise ValueError(f"the list parameter {name!r} is empty")
        del bound[name]
        names = [f"{name}_{index}" for index in range(len(items))]
        bound.update(zip(names, items, strict=True))
        pattern = re.compile(rf"(?<![:\w]):{re.escape(name)}\b")
        statement = pattern.sub(", ".join(f":{each}" for each in names), statement)
    return statement, bound


def bind_time(value: dt.datetime) -> dt.datetime:
    """`value` in UTC; a naive time is refused, not guessed at (as `UTCDateTime` refuses it)."""
    if value.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
    return value.astimezone(dt.UTC)


def read_time(value: Any) -> dt.datetime:
    """A stored time (SQLite: naive UTC text; PostgreSQL: `timestamptz`) as aware UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if not isinstance(value, dt.datetime):
        raise TypeError(f"expected a stored time, got {value!r}")
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def read_maybe_time(value: Any) -> dt.datetime | None:
    """`read_time` for a column that may be NULL."""
    return None if value is None else read_time(value)


def read_date(value: Any) -> dt.date:
    """A stored date (SQLite: `YYYY-MM-DD` text) as a `date`."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def read_bool(value: Any) -> bool:
    """A stored boolean (SQLite: 0 or 1) as a `bool`."""
    return bool(value)


def read_maybe_bool(value: Any) -> bool | None:
    """`read_bool` for a column that may be NULL."""
    return None if value is None else bool(value)


_write_timers: list[Callable[[float], None]] = []


def time_write_transactions(observe: Callable[[float], None]) -> Callable[[], None]:
    """Call `observe(seconds)` after each committed write transaction of either port, first
    statement to COMMIT (for the metrics); returns what stops it."""
    _write_timers.append(observe)
    return lambda: _write_timers.remove(observe)


def write_committed(seconds: float) -> None:
    """Report a committed write transaction that took `seconds` (called by the ports)."""
    for observe in tuple(_write_timers):
        observe(seconds)
