"""A background duty (content watcher, schedules, reminders...) failing tick after tick while
the database is down: one line per failed tick naming the cause, no traceback, and a line
when it works again (was: a full traceback every tick, every 2 s per duty; then one for the
first tick, which a PostgreSQL restart under a loaded machine printed in the process's log).
A bug of ours still logs its traceback once."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

import asyncpg
import pytest
from sqlalchemy import exc as sa_exc

from bot.core.clock import FakeClock
from bot.core.timer import ClockTimer
from bot.store.sqlite_file import DatabaseVanishedError

OUTAGE_TICKS = 4


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


class WrappedDriverError(Exception):
    """A database library's error wrapping its driver's (as SQLAlchemy's do)."""


def wrapped(driver: Exception) -> Exception:
    """`driver` raised, then wrapped as a database library wraps its driver's errors."""
    try:
        raise driver
    except Exception as raised:
        try:
            raise WrappedDriverError("the database failed") from raised
        except WrappedDriverError as error:
            return error


OUT_OF_STEP = "cannot switch to state 15; another operation (2) is in progress"
"""asyncpg on a connection whose server said goodbye (a restart) before its end was read."""


def dropped(driver: Exception) -> Exception:
    """`driver` raised on a connection SQLAlchemy then judged lost and dropped from its pool."""
    try:
        raise driver
    except Exception as raised:
        try:
            raise sa_exc.InternalError("SELECT 1", {}, raised, connection_invalidated=True)
        except sa_exc.InternalError as error:
            return error


def refused() -> Exception:
    return wrapped(ConnectionRefusedError(111, "Connect call failed"))


async def run_ticks(failure: Exception, caplog: pytest.LogCaptureFixture) -> list:
    """Tick OUTAGE_TICKS times failing with `failure`, then twice working; the timer's log."""
    caplog.set_level(logging.INFO, logger="bot.core.timer")
    clock, ticks = FakeClock(), []

    async def work() -> None:
        ticks.append(clock.now())
        if len(ticks) <= OUTAGE_TICKS:
            raise failure

    timer = ClockTimer(clock, 2, work, name="content-watcher")
    timer.start()
    for _ in range(OUTAGE_TICKS + 2):
        await settle()
        clock.advance(2)
    await settle()
    await timer.stop()
    assert len(ticks) == OUTAGE_TICKS + 2, "every tick tried again"
    return [r for r in caplog.records if r.name == "bot.core.timer"]


@pytest.mark.parametrize(
    ("failure", "named"),
    [
        (refused(), "ConnectionRefusedError: [Errno 111] Connect call failed"),
        (sqlite3.OperationalError("database is locked"), "database is locked"),
        (TimeoutError(), "TimeoutError"),
        (
            wrapped(asyncpg.CannotConnectNowError("the database system is starting up")),
            "the database system is starting up",
        ),
        (wrapped(asyncpg.AdminShutdownError("terminating connection")), "terminating"),
        (wrapped(asyncpg.InterfaceError("connection is closed")), "connection is closed"),
        (dropped(asyncpg.InternalClientError(OUT_OF_STEP)), "another operation"),
        (DatabaseVanishedError("the database file was removed"), "file was removed"),
    ],
    ids=[
        "postgresql-refused-wrapped",
        "sqlite-locked",
        "timeout",
        "postgresql-starting-up",
        "postgresql-connection-terminated",
        "postgresql-connection-closed",
        "postgresql-connection-out-of-step",
        "sqlite-file-removed",  # its -wal removed until the store heals (test_wal_removed.py)
    ],
)
async def test_an_outage_logs_a_line_per_tick_without_traceback_then_recovery(
    failure: Exception, named: str, caplog: pytest.LogCaptureFixture
):
    records = await run_ticks(failure, caplog)
    assert [r for r in records if r.exc_info] == [], "an outage is not a bug: no traceback"
    failed = [r.getMessage() for r in records if "tick failed" in r.getMessage()]
    assert len(failed) == OUTAGE_TICKS and named in failed[0]
    assert "4 in a row" in failed[-1]
    assert any("works again after 4 failed" in r.getMessage() for r in records)


@pytest.mark.parametrize(
    "bug",
    [
        KeyError("schedule"),
        sqlite3.OperationalError("no such table: schedules"),
        wrapped(asyncpg.UndefinedTableError('relation "schedules" does not exist')),
    ],
    ids=["key-error", "sqlite-no-such-table", "postgresql-no-such-table"],
)
async def test_a_bug_logs_its_traceback_once_then_a_line_per_tick(
    bug: Exception, caplog: pytest.LogCaptureFixture
):
    records = await run_ticks(bug, caplog)
    with_traceback = [r for r in records if r.exc_info]
    assert len(with_traceback) == 1, "one traceback for the whole run of failures"
    again = [r.getMessage() for r in records if "failed again" in r.getMessage()]
    assert len(again) == OUTAGE_TICKS - 1
