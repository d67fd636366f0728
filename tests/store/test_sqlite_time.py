"""Times written to SQLite without SQLAlchemy read exactly as SQLAlchemy wrote them.

Rows stored before the plain-SQL port and rows stored now sit in the same columns and are
compared and sorted as text (due reviews, weekly boards), so both must be one format.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

from bot.store.batch_sql import sqlite_time

SQLALCHEMY_WRITES = DateTime().dialect_impl(sqlite.dialect()).bind_processor(sqlite.dialect())

TIMES = [
    dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC),
    dt.datetime(2026, 1, 5, 9, 0, 3, 120, tzinfo=dt.UTC),
    dt.datetime(2026, 1, 5, 2, 30, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
    dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
    dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("UTC")),
]


@pytest.mark.parametrize("when", TIMES, ids=str)
def test_a_time_is_stored_as_sqlalchemy_stored_it(when: dt.datetime) -> None:
    assert SQLALCHEMY_WRITES is not None
    naive_utc = when.astimezone(dt.UTC).replace(tzinfo=None)
    assert sqlite_time(when) == SQLALCHEMY_WRITES(naive_utc)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sqlite_time(dt.datetime(2026, 1, 5, 9, 0))
