"""Which errors mean the database is out (down, frozen, locked, full or gone), and what a
user is told then: one place for both backends' error types.

SQLite's plain SQL paths raise the driver's own errors (`sqlite3.OperationalError`);
SQLAlchemy's paths raise SQLAlchemy's (`OperationalError`, wrapping the driver's). Both read
the same here. SQLAlchemy is looked at only if the process has loaded it: an error cannot
be one of its types otherwise, so a bot on SQLite never imports it for this.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator

from bot.core.postgres_outages import is_postgres_outage, is_postgres_read_only
from bot.i18n import N_
from bot.store.sqlite_driver import refused_read_only
from bot.store.sqlite_file import DatabaseVanishedError

__all__ = [
    "DATABASE_DOWN",
    "DISK_FULL",
    "READ_ONLY",
    "driver_error",
    "is_database_outage",
    "outage_message",
]

DATABASE_DOWN = N_("The database is not answering right now. Please try again in a minute.")
"""What a user is told when the database is down: nothing they did was recorded."""

DISK_FULL = N_("I cannot save anything right now (my disk is full). Please try again later.")
"""What a user is told when the database's disk is full: nothing they did was recorded."""

READ_ONLY = N_(
    "I cannot save anything right now (my database is read-only). Please try again later."
)
"""What a user is told when the database refuses a write as read-only (the SQLite file or its
folder made read-only under the running bot, PostgreSQL a standby or read-only by its
settings): nothing they did was recorded."""

_OUTAGES = (TimeoutError, DatabaseVanishedError, sqlite3.OperationalError, ConnectionError)


def is_database_outage(error: BaseException) -> bool:
    """True for a database that is down, frozen, locked, full or gone (not a bug of ours)."""
    if isinstance(error, _OUTAGES):
        return True
    if any(is_postgres_outage(cause) for cause in _causes(error)):
        return True  # PostgreSQL restarting, the connection ended, whatever wraps it
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is None:
        return False
    return isinstance(error, sa_exc.OperationalError) or (
        isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated
    )


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and what it was raised from, its wrapped driver error included."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        yield current
        seen.add(id(current))
        current = current.__cause__ or getattr(current, "orig", None)


def driver_error(error: BaseException) -> BaseException:
    """The driver's own error inside a SQLAlchemy one (`orig`), else `error` itself."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(error, sa_exc.DBAPIError):
        return error.orig  # type: ignore[no-any-return]
    return error


def outage_message(error: BaseException) -> str:
    """The message id (`N_`) a user is told for a database outage: the disk is full, the
    database read-only, or the database down."""
    original = driver_error(error)
    text = str(original).lower()
    if "database or disk is full" in text or "no space left" in text:
        return DISK_FULL
    if refused_read_only(original) or any(is_postgres_read_only(c) for c in _causes(error)):
        return READ_ONLY
    return DATABASE_DOWN
