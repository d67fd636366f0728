"""Personal data: everything kept about one user, exported or forgotten.

`SqlPersonalData` implements `bot.core.ports.PersonalDataRepository` (/mydata, /forgetme).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select, update

from bot.store.database import Database
from bot.store.engine import WRITE
from bot.store.schema import (
    answers,
    assignments,
    learner_preferences,
    learner_totals,
    question_reports,
    reviews,
    schedules,
    sessions,
    submissions,
)
from bot.store.writer import GroupCommit

__all__ = ["SqlPersonalData"]


class SqlPersonalData:
    """A user's own data across every table (`PersonalDataRepository`).

    Takes the answer writer so that answers still queued are exported or forgotten too.
    """

    def __init__(self, engine: Database, writer: GroupCommit) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._writer = writer

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """Everything kept about a user, JSON-ready: one dict per row, `record` says of what.

        Records: "answer" (oldest first), "review", "session", "schedule" and "assignment"
        (ones they made), "submission" (their attempts at assignments) and "question_report"
        (problems they reported).
        """
        await self._writer.flush()
        out: list[dict[str, Any]] = []
        async with self._engine.connect() as conn:
            for record, table, column, order in (
                ("answer", answers, answers.c.user_id, (answers.c.answered_at, answers.c.id)),
                ("review", reviews, reviews.c.user_id, (reviews.c.briefing_id,)),
                (
                    "preferences",
                    learner_preferences,
                    learner_preferences.c.user_id,
                    (learner_preferences.c.user_id,),
                ),
                ("session", sessions, sessions.c.owner_id, (sessions.c.session_id,)),
                ("schedule", schedules, schedules.c.created_by, (schedules.c.id,)),
                ("assignment", assignments, assignments.c.created_by, (assignments.c.id,)),
                (
                    "submission",
                    submissions,
                    submissions.c.user_id,
                    (submissions.c.assignment_id,),
                ),
                (
                    "question_report",
                    question_reports,
                    question_reports.c.user_id,
                    (question_reports.c.id,),
                ),
            ):
                rows = await conn.execute(select(table).where(column == user_id).order_by(*order))
                out.extend({"record": record, **_jsonable(row)} for row in rows.mappings())
        for row in out:
            row.pop("answered_day", None)
        return out

    async def forget_user(self, user_id: int) -> int:
        """Delete everything kept about a user; returns how many records were removed.

        Answers, review states, sessions, submissions and question reports they own are
        deleted. Schedules and assignments they made stay for their server, with the author
        erased, as do reports they resolved as a moderator.
        """
        await self._writer.flush()
        async with self._write.begin() as conn:
            count = 0
            # derived from their answers, so not counted as records of their own; first, so
            # that an answer committed meanwhile (PostgreSQL) is waited for and goes too
            await conn.execute(delete(learner_totals).where(learner_totals.c.user_id == user_id))
            for table, column in (
                (answers, answers.c.user_id),
                (reviews, reviews.c.user_id),
                (learner_preferences, learner_preferences.c.user_id),
                (sessions, sessions.c.owner_id),
                (submissions, submissions.c.user_id),
                (question_reports, question_reports.c.user_id),
            ):
                count += (await conn.execute(delete(table).where(column == user_id))).rowcount
            for table, column in (
                (schedules, schedules.c.created_by),
                (assignments, assignments.c.created_by),
                (question_reports, question_reports.c.resolved_by),
            ):
                count += (
                    await conn.execute(
                        update(table).where(column == user_id).values({column: None})
                    )
                ).rowcount
        return count


def _jsonable(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dt.datetime | dt.date | dt.time):
            value = value.isoformat()
        elif isinstance(value, bool) or value is None or isinstance(value, int | float | str):
            pass
        else:
            value = str(value)
        out[key] = value
    return out
