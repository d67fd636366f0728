"""Small builders shared by the store tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import Connection, Engine

from bot.core.progress import AnswerRecord
from bot.store.engine import run_sync
from bot.store.schema import USER_COLUMNS
from bot.store.sql import open_sql, watch_statements

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
"""The tests' "now": a Monday noon, UTC."""


def answer(
    user_id: int,
    question_id: str = "q1",
    *,
    correct: bool = True,
    guild_id: int | None = 1,
    briefing_id: str = "b1",
    section_id: str | None = "s1",
    session_id: str | None = "session-1",
    at: dt.datetime = NOW,
    seconds: float = 5.0,
) -> AnswerRecord:
    """An answer with sensible defaults; override what the test is about."""
    return AnswerRecord(
        user_id=user_id,
        guild_id=guild_id,
        briefing_id=briefing_id,
        question_id=question_id,
        section_id=section_id,
        correct=correct,
        seconds=seconds,
        answered_at=at,
        session_id=session_id,
    )


class PortParams(dict[str, Any]):
    """The parameters of a statement run through the plain SQL port (`bot.store.sql`)."""


@contextmanager
def selects_run() -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT any engine or SQL port sends to the database while the block runs, with
    its values."""
    seen: list[tuple[str, Any]] = []

    def note(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, context: Any, _: Any
    ) -> None:
        if context.execution_options.get("briefbot_port"):
            return  # seen by note_port
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    def note_port(statement: str, parameters: dict[str, Any]) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, PortParams(parameters)))

    event.listen(Engine, "before_cursor_execute", note)
    stop = watch_statements(note_port)
    try:
        yield seen
    finally:
        stop()
        event.remove(Engine, "before_cursor_execute", note)


async def query_plans(url: str, queries: list[tuple[str, Any]]) -> list[str]:
    """The plan of each query as text; on PostgreSQL with sequential scans priced out, so
    that a plan shows whether an index can answer it, whatever the table's size."""
    sql = open_sql(url)
    sqlite = sql.backend == "sqlite"
    explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
    no_seqscan = [] if sqlite else ["SET enable_seqscan = off"]

    def engine_plan(statement: str, parameters: Any) -> Callable[[Connection], list[Any]]:
        def plan(conn: Connection) -> list[Any]:
            for setting in no_seqscan:
                conn.exec_driver_sql(setting)
            return list(conn.exec_driver_sql(explain + statement, parameters))

        return plan

    plans = []
    try:
        async with sql.transaction() as tx:
            for setting in no_seqscan:
                await tx.execute(setting)
            for statement, parameters in queries:
                if isinstance(parameters, PortParams):
                    rows: Any = await tx.rows(explain + statement, parameters)
                else:
                    rows = await run_sync(url, engine_plan(statement, parameters))
                plans.append("\n".join(str(row[-1]) for row in rows))
    finally:
        await sql.close()
    return plans


async def rows_mentioning(url: str, user_id: int) -> dict[str, int]:
    """How many rows of each column that holds a user's id hold `user_id`."""

    def count(conn: Connection) -> dict[str, int]:
        return {
            f"{column.table.name}.{column.name}": conn.scalar(
                select(func.count()).select_from(column.table).where(column == user_id)
            )
            for column in USER_COLUMNS
        }

    return await run_sync(url, count)
