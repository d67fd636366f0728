"""Personal data: everything kept about one user, exported or forgotten.

`SqlPersonalData` implements `bot.core.ports.PersonalDataRepository` (/mydata, /forgetme).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.store.records import all_columns, record
from bot.store.sql import SqlDatabase
from bot.store.writer import GroupCommit

__all__ = ["SqlPersonalData"]

_EXPORTS = (
    ("answer", "answers", "user_id", "answered_at, id"),
    ("review", "reviews", "user_id", "briefing_id"),
    ("preferences", "learner_preferences", "user_id", "user_id"),
    ("session", "sessions", "owner_id", "session_id"),
    ("schedule", "schedules", "created_by", "id"),
    ("assignment", "assignments", "created_by", "id"),
    ("submission", "submissions", "user_id", "assignment_id"),
    ("question_report", "question_reports", "user_id", "id"),
)
"""What `export_user` exports: (record, table, the user's column, order)."""

_OWNED = (
    ("answers", "user_id"),
    ("reviews", "user_id"),
    ("learner_preferences", "user_id"),
    ("sessions", "owner_id"),
    ("submissions", "user_id"),
    ("question_reports", "user_id"),
)
"""The rows a user owns: deleted when they are forgotten."""

_AUTHORED = (
    ("schedules", "created_by"),
    ("assignments", "created_by"),
    ("question_reports", "resolved_by"),
)
"""Rows a user made for their server: kept, with the author erased."""


class SqlPersonalData:
    """A user's own data across every table (`PersonalDataRepository`).

    Takes the answer writer so that answers still queued are exported or forgotten too.
    """

    def __init__(self, sql: SqlDatabase, writer: GroupCommit) -> None:
        self._sql = sql
        self._writer = writer

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """Everything kept about a user, JSON-ready: one dict per row, `record` says of what.

        Records: "answer" (oldest first), "review", "session", "schedule" and "assignment"
        (ones they made), "submission" (their attempts at assignments) and "question_report"
        (problems they reported).
        """
        await self._writer.flush()
        out: list[dict[str, Any]] = []
        async with self._sql.transaction() as tx:
            for kind, table, column, order in _EXPORTS:
                rows = await tx.rows(
                    f"SELECT {all_columns(table)} FROM {table} WHERE {column} = :user"
                    f" ORDER BY {order}",
                    {"user": user_id},
                )
                out.extend({"record": kind, **_jsonable(record(table, row))} for row in rows)
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
        async with self._sql.transaction(write=True) as tx:
            count = 0
            # derived from their answers, so not counted as records of their own; first, so
            # that an answer committed meanwhile (PostgreSQL) is waited for and goes too
            await tx.execute("DELETE FROM learner_totals WHERE user_id = :user", {"user": user_id})
            for table, column in _OWNED:
                count += await tx.execute(
                    f"DELETE FROM {table} WHERE {column} = :user", {"user": user_id}
                )
            for table, column in _AUTHORED:
                count += await tx.execute(
                    f"UPDATE {table} SET {column} = NULL WHERE {column} = :user", {"user": user_id}
                )
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
