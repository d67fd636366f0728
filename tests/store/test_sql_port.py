"""The plain SQL port (`bot.store.sql`) keeps the store's promises on both databases.

Each test runs on SQLite and on PostgreSQL, against the migrated schema: one statement text
runs on both; times come back aware and in UTC, written where SQLAlchemy's `UTCDateTime`
reads them and reading what it wrote (so data from before the port stays readable); a
failed block leaves nothing written; a broken constraint raises one of the port's
`integrity_errors` and leaves the database usable; a naive time is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from bot.store import migrate, open_store
from bot.store.engine import run_sync
from bot.store.schema import answers
from bot.store.sql import SqlDatabase, open_sql, read_bool, read_date, read_time

PARIS = dt.timezone(dt.timedelta(hours=1))
AT = dt.datetime(2025, 3, 10, 13, 30, 15, 123456, tzinfo=PARIS)
"""12:30:15.123456 UTC, given in another zone."""

UPSERT = """
INSERT INTO guild_settings (guild_id, quiz_timer_seconds, untimed_default, updated_at)
VALUES (:guild, :timer, :untimed, :at)
ON CONFLICT (guild_id) DO UPDATE SET quiz_timer_seconds = :timer, updated_at = :at
RETURNING quiz_timer_seconds
"""
SETTINGS = "SELECT quiz_timer_seconds, untimed_default, updated_at FROM guild_settings"


@pytest.fixture
async def sql(store_url: str) -> AsyncIterator[SqlDatabase]:
    """The port on a freshly migrated database."""
    store = await open_store(store_url)
    await store.close()
    database = open_sql(store_url)
    try:
        yield database
    finally:
        await database.close()


async def _upsert(sql: SqlDatabase, guild: int, timer: int) -> int:
    async with sql.transaction(write=True) as tx:
        return int(
            await tx.scalar(UPSERT, {"guild": guild, "timer": timer, "untimed": False, "at": AT})
        )


async def test_one_statement_text_inserts_updates_and_reads_on_both(sql: SqlDatabase) -> None:
    assert await _upsert(sql, 1, 20) == 20
    assert await _upsert(sql, 1, 45) == 45  # the conflict updated the row and returned it
    await _upsert(sql, 2, 30)
    timer, untimed, updated_at = await sql.one(f"{SETTINGS} WHERE guild_id = :g", {"g": 1}) or ()
    assert (timer, read_bool(untimed)) == (45, False)
    assert read_time(updated_at) == AT
    assert read_time(updated_at).tzinfo == dt.UTC
    assert await sql.scalar("SELECT count(*) FROM guild_settings") == 2
    assert await sql.one(f"{SETTINGS} WHERE guild_id = :g", {"g": 3}) is None


async def test_a_list_parameter_is_an_in_list(sql: SqlDatabase) -> None:
    for guild in (1, 2, 3):
        await _upsert(sql, guild, 10 + guild)
    found = await sql.rows(
        "SELECT guild_id FROM guild_settings WHERE guild_id IN (:ids) ORDER BY guild_id",
        {"ids": [3, 1, 9]},
    )
    assert found == [(1,), (3,)]
    changed = await sql.execute(
        "DELETE FROM guild_settings WHERE guild_id IN (:ids)", {"ids": (2, 3)}
    )
    assert changed == 2
    assert await sql.rows("SELECT guild_id FROM guild_settings") == [(1,)]
    with pytest.raises(ValueError, match="empty"):
        await sql.rows("SELECT 1 FROM guild_settings WHERE guild_id IN (:ids)", {"ids": []})


async def test_a_failed_block_writes_nothing(sql: SqlDatabase) -> None:
    with pytest.raises(RuntimeError):
        async with sql.transaction(write=True) as tx:
            await tx.execute(UPSERT, {"guild": 1, "timer": 20, "untimed": True, "at": AT})
            raise RuntimeError("the work failed after its first statement")
    assert await sql.scalar("SELECT count(*) FROM guild_settings") == 0


async def test_a_broken_constraint_is_an_integrity_error_and_leaves_the_database_usable(
    sql: SqlDatabase,
) -> None:
    insert_row = (
        "INSERT INTO guild_settings (guild_id, quiz_timer_seconds, untimed_default, updated_at)"
        " VALUES (:guild, 20, :untimed, :at)"
    )
    await sql.execute(insert_row, {"guild": 1, "untimed": False, "at": AT})
    with pytest.raises(sql.integrity_errors):
        async with sql.transaction(write=True) as tx:
            await tx.execute(insert_row, {"guild": 2, "untimed": False, "at": AT})
            await tx.execute(insert_row, {"guild": 1, "untimed": False, "at": AT})
    assert await sql.rows("SELECT guild_id FROM guild_settings") == [(1,)]  # 2 rolled back
    await sql.execute(insert_row, {"guild": 3, "untimed": True, "at": AT})
    assert await sql.scalar("SELECT count(*) FROM guild_settings") == 2


async def test_a_naive_time_is_refused_and_nothing_written(sql: SqlDatabase) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await sql.execute(
            UPSERT, {"guild": 1, "timer": 20, "untimed": False, "at": AT.replace(tzinfo=None)}
        )
    assert await sql.scalar("SELECT count(*) FROM guild_settings") == 0


async def test_times_dates_and_booleans_read_the_same_through_sqlalchemy(
    sql: SqlDatabase, store_url: str
) -> None:
    """Rows SQLAlchemy wrote (every database from before the port) read back through the port
    as they were, and the port's rows read back through SQLAlchemy's types as written."""

    def write_as_before(conn: Connection) -> None:
        conn.execute(
            insert(answers).values(
                user_id=7,
                guild_id=1,
                briefing_id="b",
                question_id="q",
                correct=True,
                seconds=2.5,
                answered_at=AT,
                answered_day=dt.date(2025, 3, 10),
            )
        )

    def read_as_before(conn: Connection) -> tuple[object, ...]:
        columns = (answers.c.correct, answers.c.answered_at, answers.c.answered_day)
        return tuple(conn.execute(select(*columns).where(answers.c.user_id == 8)).one())

    await run_sync(store_url, write_as_before, write=True)
    await sql.execute(
        "INSERT INTO answers (user_id, guild_id, briefing_id, question_id, correct,"
        " seconds, answered_at, answered_day) VALUES (8, 1, 'b', 'q', :ok, 1.5, :at, :day)",
        {"ok": False, "at": AT, "day": dt.date(2025, 3, 11)},
    )
    rows = await sql.rows(
        "SELECT user_id, correct, answered_at, answered_day FROM answers ORDER BY user_id"
    )
    assert [(u, read_bool(c), read_time(t), read_date(d)) for u, c, t, d in rows] == [
        (7, True, AT, dt.date(2025, 3, 10)),
        (8, False, AT, dt.date(2025, 3, 11)),
    ]
    assert await run_sync(store_url, read_as_before) == (False, AT, dt.date(2025, 3, 11))


async def test_the_schema_version_is_read_without_alembic_on_both(store_url: str) -> None:
    """Start-up decides whether to import Alembic from this: empty, then current after a
    migration (as Alembic's own script directory names the head)."""
    empty = open_sql(store_url)
    try:
        async with empty.transaction() as tx:
            assert await migrate.current_revision_of(tx) is None
        assert not await migrate.is_current(empty)
        await (await open_store(store_url)).close()
        async with empty.transaction() as tx:
            assert await migrate.current_revision_of(tx) == migrate.head_revision()
        assert await migrate.is_current(empty)
    finally:
        await empty.close()
