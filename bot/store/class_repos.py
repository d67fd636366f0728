"""Class mode's repositories: assignments and submissions, class results, question reports.

Each implements its port in `bot.core.class_ports` through the plain SQL port. Every query is
limited to one server. The class results are counted by the database (GROUP BY), not in Python.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from bot.core.classwork import (
    Assignment,
    DayResult,
    QuestionOverride,
    QuestionReport,
    QuestionTally,
    ReportStatus,
    Submission,
    Withdrawal,
    WrongAnswer,
)
from bot.store import totals
from bot.store.records import all_columns, column_count, record
from bot.store.server_numbers import next_number
from bot.store.sql import Row, SqlDatabase, read_date, read_time

__all__ = ["SqlAssignments", "SqlClassResults", "SqlQuestionReports"]

_RIGHT = "COALESCE(SUM(CASE WHEN a.correct THEN 1 ELSE 0 END), 0)"
"""Right answers among the rows of `answers a` counted."""

_ASSIGNMENTS = f"SELECT {all_columns('assignments')} FROM assignments"
_ADD_ASSIGNMENT = (
    "INSERT INTO assignments (guild_id, channel_id, briefing_id, question_ids, sections,"
    " difficulty, role_id, due_at, timezone, remind_minutes, reminded_at, created_by,"
    " created_at, work_key, number) VALUES (:guild_id, :channel_id, :briefing_id,"
    " :question_ids, :sections, :difficulty, :role_id, :due_at, :timezone, :remind_minutes,"
    " :reminded_at, :created_by, :created_at, :work_key, :number)"
    " ON CONFLICT (guild_id, work_key) DO NOTHING RETURNING id"
)
"""Inserts new work; nothing (no id) when the server has the same work already."""
_SAME_WORK = f"{_ASSIGNMENTS} WHERE guild_id = :guild AND work_key = :key"
_SCORED = (
    f"SELECT {all_columns('submissions', 's')},"
    " COALESCE(scores.correct, 0), COALESCE(scores.answered, 0)"
    " FROM submissions s LEFT OUTER JOIN ("
    f"SELECT a.session_id AS session_id, {_RIGHT} AS correct, count(*) AS answered"
    " FROM answers a WHERE a.session_id IN (SELECT s.session_id FROM submissions s"
    " WHERE {where}) GROUP BY a.session_id) scores ON scores.session_id = s.session_id"
    " WHERE {where} ORDER BY s.assignment_id, s.user_id"
)


def _assignment(fields: dict[str, Any]) -> Assignment:
    return Assignment(
        id=fields["id"],
        number=fields["number"],
        guild_id=fields["guild_id"],
        channel_id=fields["channel_id"],
        briefing_id=fields["briefing_id"],
        question_ids=tuple(json.loads(fields["question_ids"])),
        sections=tuple(json.loads(fields["sections"])),
        difficulty=fields["difficulty"],
        role_id=fields["role_id"],
        due_at=fields["due_at"],
        timezone=fields["timezone"],
        remind_minutes=fields["remind_minutes"],
        reminded_at=fields["reminded_at"],
        created_by=fields["created_by"],
        created_at=fields["created_at"],
    )


def _stored_assignment(row: Row) -> Assignment:
    return _assignment(record("assignments", row))


class SqlAssignments:
    """`AssignmentRepository` in plain SQL."""

    def __init__(self, sql: SqlDatabase) -> None:
        self._sql = sql

    async def add_assignment(self, assignment: Assignment) -> Assignment:
        """See the port."""
        values = {
            "guild_id": assignment.guild_id,
            "channel_id": assignment.channel_id,
            "briefing_id": assignment.briefing_id,
            "question_ids": json.dumps(list(assignment.question_ids)),
            "sections": json.dumps(list(assignment.sections)),
            "difficulty": assignment.difficulty,
            "role_id": assignment.role_id,
            "due_at": assignment.due_at,
            "timezone": assignment.timezone,
            "remind_minutes": assignment.remind_minutes,
            "reminded_at": assignment.reminded_at,
            "created_by": assignment.created_by,
            "created_at": assignment.created_at,
            "work_key": assignment.work_key(),
        }
        same = {"guild": assignment.guild_id, "key": values["work_key"]}
        async with self._sql.transaction(write=True) as tx:
            new_id = None
            for _attempt in range(2):  # again only when it was withdrawn in between
                row = await tx.one(_SAME_WORK, same)
                if row is not None:  # set already (a retry): no number spent on it
                    return dataclasses.replace(_stored_assignment(row), already_set=True)
                values["number"] = await next_number(tx, assignment.guild_id, "assignment")
                new_id = await tx.scalar(_ADD_ASSIGNMENT, values)
                if new_id is not None:  # None: set by a caller at the same instant
                    break
        return _assignment({**values, "id": new_id})

    async def get_assignment(self, guild_id: int, assignment_id: int) -> Assignment | None:
        """See the port."""
        row = await self._sql.one(
            f"{_ASSIGNMENTS} WHERE id = :id AND guild_id = :guild",
            {"id": assignment_id, "guild": guild_id},
        )
        return None if row is None else _stored_assignment(row)

    async def numbered(self, guild_id: int, number: int) -> Assignment | None:
        """See the port."""
        row = await self._sql.one(
            f"{_ASSIGNMENTS} WHERE guild_id = :guild AND number = :number",
            {"guild": guild_id, "number": number},
        )
        return None if row is None else _stored_assignment(row)

    async def list_assignments(self, guild_id: int) -> list[Assignment]:
        """See the port."""
        rows = await self._sql.rows(
            f"{_ASSIGNMENTS} WHERE guild_id = :guild ORDER BY due_at, id", {"guild": guild_id}
        )
        return [_stored_assignment(row) for row in rows]

    async def remove_assignment(self, guild_id: int, assignment_id: int, now: dt.datetime) -> bool:
        """See the port."""
        key = {"id": assignment_id, "guild": guild_id}
        async with self._sql.transaction(write=True) as tx:
            found = await tx.one(
                "SELECT briefing_id, number FROM assignments WHERE id = :id AND guild_id = :guild",
                key,
            )
            if found is None:
                return False
            briefing, number = found
            await tx.execute(
                "DELETE FROM submissions WHERE assignment_id = :id AND guild_id = :guild", key
            )
            await tx.execute("DELETE FROM assignments WHERE id = :id AND guild_id = :guild", key)
            await tx.execute(
                "INSERT INTO withdrawn_assignments (guild_id, number, briefing_id,"
                " withdrawn_at) VALUES (:guild, :number, :briefing, :now)",
                {**key, "number": number, "briefing": briefing, "now": now},
            )
        return True

    async def withdrawal(self, guild_id: int, number: int) -> Withdrawal | None:
        """See the port."""
        row = await self._sql.one(
            "SELECT briefing_id, withdrawn_at FROM withdrawn_assignments"
            " WHERE guild_id = :guild AND number = :number",
            {"guild": guild_id, "number": number},
        )
        if row is None:
            return None
        return Withdrawal(guild_id, number, row[0], read_time(row[1]))

    async def start_submission(
        self, assignment: Assignment, user_id: int, now: dt.datetime
    ) -> Submission:
        """See the port."""
        assert assignment.id is not None
        await self._sql.execute(
            "INSERT INTO submissions (assignment_id, user_id, guild_id, session_id, started_at)"
            " VALUES (:assignment, :user, :guild, :session, :now) ON CONFLICT DO NOTHING",
            {
                "assignment": assignment.id,
                "user": user_id,
                "guild": assignment.guild_id,
                "session": assignment.session_id(user_id),
                "now": now,
            },
        )
        (started,) = await self.submissions(assignment.guild_id, assignment.id, user_id)
        return started

    async def finish_submission(
        self, guild_id: int, assignment_id: int, user_id: int, now: dt.datetime
    ) -> Submission | None:
        """See the port."""
        await self._sql.execute(
            "UPDATE submissions SET finished_at = :now WHERE assignment_id = :assignment"
            " AND user_id = :user AND guild_id = :guild AND finished_at IS NULL",
            {"now": now, "assignment": assignment_id, "user": user_id, "guild": guild_id},
        )
        found = await self.submissions(guild_id, assignment_id, user_id)
        return found[0] if found else None

    async def submissions(
        self, guild_id: int, assignment_id: int, user_id: int | None = None
    ) -> list[Submission]:
        """See the port."""
        where = "s.guild_id = :guild AND s.assignment_id = :assignment"
        params: dict[str, Any] = {"guild": guild_id, "assignment": assignment_id}
        if user_id is not None:
            where += " AND s.user_id = :user"
            params["user"] = user_id
        return await self._scored(where, params)

    async def user_submissions(self, guild_id: int, user_id: int) -> list[Submission]:
        """See the port."""
        return await self._scored(
            "s.guild_id = :guild AND s.user_id = :user", {"guild": guild_id, "user": user_id}
        )

    async def _scored(self, where: str, params: dict[str, Any]) -> list[Submission]:
        """Submissions with right/answered counted from the answers in their sessions."""
        rows = await self._sql.rows(_SCORED.format(where=where), params)
        split = column_count("submissions")
        out = []
        for row in rows:
            fields = record("submissions", row[:split])
            correct, answered = row[split:]
            out.append(
                Submission(
                    assignment_id=fields["assignment_id"],
                    user_id=fields["user_id"],
                    session_id=fields["session_id"],
                    started_at=fields["started_at"],
                    finished_at=fields["finished_at"],
                    correct=int(correct),
                    answered=int(answered),
                )
            )
        return out

    async def claim_reminder(self, assignment_id: int, now: dt.datetime) -> bool:
        """See the port."""
        claimed = await self._sql.execute(
            "UPDATE assignments SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL",
            {"now": now, "id": assignment_id},
        )
        return claimed == 1

    async def release_reminder(self, assignment_id: int, claimed_at: dt.datetime) -> None:
        """See the port."""
        await self._sql.execute(
            "UPDATE assignments SET reminded_at = NULL WHERE id = :id AND reminded_at = :claimed",
            {"id": assignment_id, "claimed": claimed_at},
        )

    async def reminders_due(self, guild_ids: Sequence[int], now: dt.datetime) -> list[Assignment]:
        """See the port."""
        if not guild_ids:
            return []
        rows = await self._sql.rows(
            f"{_ASSIGNMENTS} WHERE guild_id IN (:guilds) AND remind_minutes IS NOT NULL"
            " AND reminded_at IS NULL AND due_at > :now ORDER BY due_at, id",
            {"guilds": list(guild_ids), "now": now},
        )
        found = [_stored_assignment(row) for row in rows]
        return [a for a in found if (a.remind_at() or a.due_at) <= now]


async def _tallies(
    sql: SqlDatabase, source: str, where: str, params: dict[str, Any]
) -> list[QuestionTally]:
    """Per question: answers and right answers, then the most chosen wrong answer.

    `source` is `answers a`, possibly joined; `where` limits it."""
    counts = (
        f"SELECT a.briefing_id, a.question_id, count(*), {_RIGHT} FROM {source}"
        f" WHERE {where} GROUP BY a.briefing_id, a.question_id"
    )
    wrongs = (
        f"SELECT a.briefing_id, a.question_id, a.given, count(*) AS n FROM {source}"
        f" WHERE {where} AND a.correct = :wrong AND a.given IS NOT NULL"
        " GROUP BY a.briefing_id, a.question_id, a.given"
        " ORDER BY a.briefing_id, a.question_id, n DESC, a.given"
    )
    async with sql.transaction() as tx:
        count_rows = await tx.rows(counts, params)
        wrong_rows = await tx.rows(wrongs, {**params, "wrong": False})
    top: dict[tuple[str, str], WrongAnswer] = {}
    for briefing_id, question_id, given, n in wrong_rows:
        top.setdefault((briefing_id, question_id), WrongAnswer(given, int(n)))
    return [
        QuestionTally(b, q, int(n), int(right), top.get((b, q)))
        for b, q, n, right in sorted(count_rows)
    ]


class SqlClassResults:
    """`ClassResultsRepository` in plain SQL: every figure is a GROUP BY."""

    def __init__(self, sql: SqlDatabase) -> None:
        self._sql = sql

    async def assignment_tallies(self, guild_id: int, assignment_id: int) -> list[QuestionTally]:
        """See the port."""
        source = (
            "answers a JOIN submissions s ON s.session_id = a.session_id AND s.user_id = a.user_id"
        )
        where = "s.assignment_id = :assignment AND s.guild_id = :guild"
        params = {"assignment": assignment_id, "guild": guild_id}
        return await _tallies(self._sql, source, where, params)

    async def briefing_tallies(self, guild_id: int, briefing_id: str) -> list[QuestionTally]:
        """See the port."""
        where = "a.guild_id = :guild AND a.briefing_id = :briefing"
        params = {"guild": guild_id, "briefing": briefing_id}
        return await _tallies(self._sql, "answers a", where, params)

    async def briefing_students(
        self, guild_id: int, briefing_id: str
    ) -> list[tuple[int, int, int, dt.datetime]]:
        """See the port."""
        rows = await self._sql.rows(
            f"SELECT a.user_id, {_RIGHT}, count(*), MAX(a.answered_at) FROM answers a"
            " WHERE a.guild_id = :guild AND a.briefing_id = :briefing"
            " GROUP BY a.user_id ORDER BY a.user_id",
            {"guild": guild_id, "briefing": briefing_id},
        )
        return [(u, int(r), int(n), read_time(last)) for u, r, n, last in rows]

    async def results_by_day(
        self, guild_id: int, briefing_id: str | None = None
    ) -> list[DayResult]:
        """See the port."""
        where = "a.guild_id = :guild"
        params: dict[str, Any] = {"guild": guild_id}
        if briefing_id is not None:
            where += " AND a.briefing_id = :briefing"
            params["briefing"] = briefing_id
        rows = await self._sql.rows(
            f"SELECT a.answered_day, count(*), {_RIGHT} FROM answers a WHERE {where}"
            " GROUP BY a.answered_day ORDER BY a.answered_day",
            params,
        )
        return [DayResult(read_date(day), int(n), int(right)) for day, n, right in rows]


def _report(fields: dict[str, Any]) -> QuestionReport:
    return QuestionReport(
        id=fields["id"],
        guild_id=fields["guild_id"],
        user_id=fields["user_id"],
        briefing_id=fields["briefing_id"],
        question_id=fields["question_id"],
        reason=fields["reason"],
        comment=fields["comment"],
        given=fields["given"],
        status=fields["status"],
        resolved_by=fields["resolved_by"],
        created_at=fields["created_at"],
        resolved_at=fields["resolved_at"],
        number=fields["number"],
    )


def _override(row: Row) -> QuestionOverride:
    fields = record("question_overrides", row)
    return QuestionOverride(
        guild_id=fields["guild_id"],
        briefing_id=fields["briefing_id"],
        question_id=fields["question_id"],
        hidden=bool(fields["hidden"]),
        alternatives=tuple(json.loads(fields["alternatives"])),
    )


_REPORTS = f"SELECT {all_columns('question_reports')} FROM question_reports"
_ADD_REPORT = (
    "INSERT INTO question_reports (guild_id, user_id, briefing_id, question_id, reason,"
    " comment, given, status, resolved_by, created_at, resolved_at, number) VALUES (:guild_id,"
    " :user_id, :briefing_id, :question_id, :reason, :comment, :given, :status, :resolved_by,"
    " :created_at, :resolved_at, :number) RETURNING id"
)
_SAVE_OVERRIDE = (
    "INSERT INTO question_overrides (guild_id, briefing_id, question_id, hidden, alternatives,"
    " updated_at) VALUES (:guild, :briefing, :question, :hidden, :alternatives, :now)"
    " ON CONFLICT (guild_id, briefing_id, question_id) DO UPDATE SET hidden = :hidden,"
    " alternatives = :alternatives, updated_at = :now"
)
_QUESTION = "guild_id = :guild AND briefing_id = :briefing AND question_id = :question"


class SqlQuestionReports:
    """`QuestionReportRepository` in plain SQL."""

    def __init__(self, sql: SqlDatabase) -> None:
        self._sql = sql

    async def add_report(self, report: QuestionReport) -> QuestionReport:
        """See the port."""
        values = {
            "guild_id": report.guild_id,
            "user_id": report.user_id,
            "briefing_id": report.briefing_id,
            "question_id": report.question_id,
            "reason": report.reason,
            "comment": report.comment,
            "given": report.given,
            "status": report.status,
            "resolved_by": report.resolved_by,
            "created_at": report.created_at,
            "resolved_at": report.resolved_at,
        }
        async with self._sql.transaction(write=True) as tx:
            values["number"] = await next_number(tx, report.guild_id, "report")
            new_id = await tx.scalar(_ADD_REPORT, values)
        return _report({**values, "id": new_id})

    async def _select_reports(self, where: str, params: dict[str, Any]) -> list[QuestionReport]:
        rows = await self._sql.rows(f"{_REPORTS} WHERE {where} ORDER BY id", params)
        return [_report(record("question_reports", row)) for row in rows]

    async def get_report(self, guild_id: int, number: int) -> QuestionReport | None:
        """See the port."""
        found = await self._select_reports(
            "guild_id = :guild AND number = :number", {"guild": guild_id, "number": number}
        )
        return found[0] if found else None

    async def open_reports(self, guild_id: int) -> list[QuestionReport]:
        """See the port."""
        return await self._select_reports(
            "guild_id = :guild AND status = 'open'", {"guild": guild_id}
        )

    async def has_open_report(
        self, guild_id: int, user_id: int, briefing_id: str, question_id: str
    ) -> bool:
        """See the port."""
        found = await self._select_reports(
            f"{_QUESTION} AND user_id = :user AND status = 'open'",
            {"guild": guild_id, "briefing": briefing_id, "question": question_id, "user": user_id},
        )
        return bool(found)

    async def resolve_reports(
        self,
        guild_id: int,
        briefing_id: str,
        question_id: str,
        status: ReportStatus,
        resolved_by: int,
        now: dt.datetime,
        number: int | None = None,
    ) -> int:
        """See the port."""
        where = f"{_QUESTION} AND status = 'open'"
        params: dict[str, Any] = {
            "guild": guild_id,
            "briefing": briefing_id,
            "question": question_id,
            "status": status,
            "by": resolved_by,
            "now": now,
        }
        if number is not None:
            where += " AND number = :number"
            params["number"] = number
        return await self._sql.execute(
            "UPDATE question_reports SET status = :status, resolved_by = :by,"
            f" resolved_at = :now WHERE {where}",
            params,
        )

    async def get_override(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> QuestionOverride | None:
        """See the port."""
        found = [
            o for o in await self.overrides(guild_id, briefing_id) if o.question_id == question_id
        ]
        return found[0] if found else None

    async def overrides(self, guild_id: int, briefing_id: str) -> list[QuestionOverride]:
        """See the port."""
        rows = await self._sql.rows(
            f"SELECT {all_columns('question_overrides')} FROM question_overrides"
            " WHERE guild_id = :guild AND briefing_id = :briefing ORDER BY question_id",
            {"guild": guild_id, "briefing": briefing_id},
        )
        return [_override(row) for row in rows]

    async def save_override(self, override: QuestionOverride, now: dt.datetime) -> None:
        """See the port."""
        await self._sql.execute(
            _SAVE_OVERRIDE,
            {
                "guild": override.guild_id,
                "briefing": override.briefing_id,
                "question": override.question_id,
                "hidden": override.hidden,
                "alternatives": json.dumps(list(override.alternatives)),
                "now": now,
            },
        )

    async def wrong_answers_given(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> list[str]:
        """See the port."""
        rows = await self._sql.rows(
            f"SELECT DISTINCT given FROM answers WHERE {_QUESTION} AND correct = :wrong"
            " AND given IS NOT NULL ORDER BY given",
            {"guild": guild_id, "briefing": briefing_id, "question": question_id, "wrong": False},
        )
        return [str(given) for (given,) in rows]

    async def mark_right(
        self, guild_id: int, briefing_id: str, question_id: str, given: Sequence[str]
    ) -> int:
        """See the port; scores and leaderboards follow in the same transaction."""
        async with self._sql.transaction(write=True) as tx:
            return await totals.rescore(
                tx, guild_id, briefing_id, question_id, correct=True, given=given
            )

    async def question_counts(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> tuple[int, int]:
        """See the port."""
        row = await self._sql.one(
            f"SELECT count(*), {_RIGHT} FROM answers a WHERE a.guild_id = :guild"
            " AND a.briefing_id = :briefing AND a.question_id = :question",
            {"guild": guild_id, "briefing": briefing_id, "question": question_id},
        )
        assert row is not None
        return int(row[0]), int(row[1])
