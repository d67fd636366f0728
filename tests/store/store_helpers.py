"""Small builders shared by the store tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from bot.core.progress import AnswerRecord
from bot.store.engine import create_engine
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
    engine = create_engine(url)
    sql = open_sql(url)
    plans = []
    try:
        async with engine.connect() as conn, sql.transaction() as tx:
            sqlite = conn.dialect.name == "sqlite"
            if not sqlite:
                await conn.exec_driver_sql("SET enable_seqscan = off")
                await tx.execute("SET enable_seqscan = off")
            for statement, parameters in queries:
                explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
                if isinstance(parameters, PortParams):
                    rows: Any = await tx.rows(explain + statement, parameters)
                else:
                    rows = await conn.exec_driver_sql(explain + statement, parameters)
                plans.append("\n".join(str(row[-1]) for row in rows))
    finally:
        await sql.close()
        await engine.dispose()
    return plans
