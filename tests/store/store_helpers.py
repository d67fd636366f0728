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


@contextmanager
def selects_run() -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT any engine sends to the database while the block runs, with its values."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", note)


async def query_plans(url: str, queries: list[tuple[str, Any]]) -> list[str]:
    """The plan of each query as text; on PostgreSQL with sequential scans priced out, so
    that a plan shows whether an index can answer it, whatever the table's size."""
    engine = create_engine(url)
    plans = []
    try:
        async with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if not sqlite:
                await conn.exec_driver_sql("SET enable_seqscan = off")
            for statement, parameters in queries:
                explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
                rows = await conn.exec_driver_sql(explain + statement, parameters)
                plans.append("\n".join(str(row[-1]) for row in rows))
    finally:
        await engine.dispose()
    return plans
