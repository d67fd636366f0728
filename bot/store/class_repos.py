"""Class mode's repositories: assignments and submissions, class results, question reports.

Each implements its port in `bot.core.class_ports` on the store's engine. Every query is
limited to one server. The class results are counted by the database (GROUP BY), not in Python.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, func, select, update

from bot.core.classwork import (
    Assignment,
    DayResult,
    QuestionOverride,
    QuestionReport,
    QuestionTally,
    ReportStatus,
    Submission,
    WrongAnswer,
)
from bot.store.database import Database
from bot.store.engine import WRITE
from bot.store.schema import (
    answers,
    assignments,
    question_overrides,
    question_reports,
    submissions,
)

__all__ = ["SqlAssignments", "SqlClassResults", "SqlQuestionReports"]

_RIGHT = func.coalesce(func.sum(case((answers.c.correct, 1), else_=0)), 0)


def _insert(engine: Database) -> Callable[..., Any]:
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def _assignment(row: Any) -> Assignment:
    return Assignment(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        briefing_id=row["briefing_id"],
        question_ids=tuple(json.loads(row["question_ids"])),
        sections=tuple(json.loads(row["sections"])),
        difficulty=row["difficulty"],
        role_id=row["role_id"],
        due_at=row["due_at"],
        timezone=row["timezone"],
        remind_minutes=row["remind_minutes"],
        reminded_at=row["reminded_at"],
        created_by=row["created_by"],
        created_at=row["created_at"],
    )


class SqlAssignments:
    """`AssignmentRepository` on SQLAlchemy."""

    def __init__(self, engine: Database) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._insert = _insert(engine)

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
        }
        async with self._write.begin() as conn:
            new_id = (
                await conn.execute(
                    assignments.insert().values(**values).returning(assignments.c.id)
                )
            ).scalar_one()
        return _assignment({**values, "id": new_id})

    async def get_assignment(self, guild_id: int, assignment_id: int) -> Assignment | None:
        """See the port."""
        async with self._engine.connect() as conn:
            row = (
                (
                    await conn.execute(
                        select(assignments).where(
                            assignments.c.id == assignment_id, assignments.c.guild_id == guild_id
                        )
                    )
                )
                .mappings()
                .one_or_none()
            )
        return None if row is None else _assignment(row)

    async def list_assignments(self, guild_id: int) -> list[Assignment]:
        """See the port."""
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(assignments)
                .where(assignments.c.guild_id == guild_id)
                .order_by(assignments.c.due_at, assignments.c.id)
            )
            return [_assignment(row) for row in rows.mappings()]

    async def remove_assignment(self, guild_id: int, assignment_id: int) -> bool:
        """See the port."""
        where = (assignments.c.id == assignment_id, assignments.c.guild_id == guild_id)
        async with self._write.begin() as conn:
            await conn.execute(
                delete(submissions).where(
                    submissions.c.assignment_id.in_(select(assignments.c.id).where(*where))
                )
            )
            result = await conn.execute(delete(assignments).where(*where))
        return result.rowcount > 0

    async def start_submission(
        self, assignment: Assignment, user_id: int, now: dt.datetime
    ) -> Submission:
        """See the port."""
        assert assignment.id is not None
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(submissions)
                .values(
                    assignment_id=assignment.id,
                    user_id=user_id,
                    guild_id=assignment.guild_id,
                    session_id=assignment.session_id(user_id),
                    started_at=now,
                )
                .on_conflict_do_nothing()
            )
        (started,) = await self.submissions(assignment.guild_id, assignment.id, user_id)
        return started

    async def finish_submission(
        self, guild_id: int, assignment_id: int, user_id: int, now: dt.datetime
    ) -> Submission | None:
        """See the port."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(submissions)
                .where(
                    submissions.c.assignment_id == assignment_id,
                    submissions.c.user_id == user_id,
                    submissions.c.guild_id == guild_id,
                    submissions.c.finished_at.is_(None),
                )
                .values(finished_at=now)
            )
        found = await self.submissions(guild_id, assignment_id, user_id)
        return found[0] if found else None

    async def submissions(
        self, guild_id: int, assignment_id: int, user_id: int | None = None
    ) -> list[Submission]:
        """See the port."""
        where = [submissions.c.guild_id == guild_id, submissions.c.assignment_id == assignment_id]
        if user_id is not None:
            where.append(submissions.c.user_id == user_id)
        return await self._scored(where)

    async def user_submissions(self, guild_id: int, user_id: int) -> list[Submission]:
        """See the port."""
        return await self._scored(
            [submissions.c.guild_id == guild_id, submissions.c.user_id == user_id]
        )

    async def _scored(self, where: Sequence[ColumnElement[bool]]) -> list[Submission]:
        """Submissions with right/answered counted from the answers in their sessions."""
        wanted = select(submissions.c.session_id).where(*where)
        scores = (
            select(
                answers.c.session_id,
                _RIGHT.label("correct"),
                func.count().label("answered"),
            )
            .where(answers.c.session_id.in_(wanted))
            .group_by(answers.c.session_id)
            .subquery()
        )
        query = (
            select(
                submissions,
                func.coalesce(scores.c.correct, 0).label("correct"),
                func.coalesce(scores.c.answered, 0).label("answered"),
            )
            .select_from(
                submissions.outerjoin(scores, scores.c.session_id == submissions.c.session_id)
            )
            .where(*where)
            .order_by(submissions.c.assignment_id, submissions.c.user_id)
        )
        async with self._engine.connect() as conn:
            rows = await conn.execute(query)
            return [
                Submission(
                    assignment_id=row["assignment_id"],
                    user_id=row["user_id"],
                    session_id=row["session_id"],
                    started_at=row["started_at"],
                    finished_at=row["finished_at"],
                    correct=int(row["correct"]),
                    answered=int(row["answered"]),
                )
                for row in rows.mappings()
            ]

    async def claim_reminder(self, assignment_id: int, now: dt.datetime) -> bool:
        """See the port."""
        async with self._write.begin() as conn:
            result = await conn.execute(
                update(assignments)
                .where(assignments.c.id == assignment_id, assignments.c.reminded_at.is_(None))
                .values(reminded_at=now)
            )
        return result.rowcount == 1

    async def release_reminder(self, assignment_id: int, claimed_at: dt.datetime) -> None:
        """See the port."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(assignments)
                .where(assignments.c.id == assignment_id, assignments.c.reminded_at == claimed_at)
                .values(reminded_at=None)
            )

    async def reminders_due(self, guild_ids: Sequence[int], now: dt.datetime) -> list[Assignment]:
        """See the port."""
        if not guild_ids:
            return []
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(assignments)
                .where(
                    assignments.c.guild_id.in_(list(guild_ids)),
                    assignments.c.remind_minutes.is_not(None),
                    assignments.c.reminded_at.is_(None),
                    assignments.c.due_at > now,
                )
                .order_by(assignments.c.due_at, assignments.c.id)
            )
            found = [_assignment(row) for row in rows.mappings()]
        return [a for a in found if (a.remind_at() or a.due_at) <= now]


async def _tallies(
    engine: Database, where: Sequence[ColumnElement[bool]], join: Any
) -> list[QuestionTally]:
    """Per question: answers and right answers, then the most chosen wrong answer."""
    key = (answers.c.briefing_id, answers.c.question_id)
    counts = select(*key, func.count(), _RIGHT).select_from(join).where(*where).group_by(*key)
    wrong_count = func.count().label("n")
    wrongs = (
        select(*key, answers.c.given, wrong_count)
        .select_from(join)
        .where(*where, answers.c.correct.is_(False), answers.c.given.is_not(None))
        .group_by(*key, answers.c.given)
        .order_by(*key, wrong_count.desc(), answers.c.given)
    )
    async with engine.connect() as conn:
        count_rows = list(await conn.execute(counts))
        wrong_rows = list(await conn.execute(wrongs))
    top: dict[tuple[str, str], WrongAnswer] = {}
    for briefing_id, question_id, given, n in wrong_rows:
        top.setdefault((briefing_id, question_id), WrongAnswer(given, int(n)))
    return [
        QuestionTally(b, q, int(n), int(right), top.get((b, q)))
        for b, q, n, right in sorted(count_rows)
    ]


class SqlClassResults:
    """`ClassResultsRepository` on SQLAlchemy: every figure is a GROUP BY."""

    def __init__(self, engine: Database) -> None:
        self._engine = engine

    async def assignment_tallies(self, guild_id: int, assignment_id: int) -> list[QuestionTally]:
        """See the port."""
        join = answers.join(
            submissions,
            and_(
                submissions.c.session_id == answers.c.session_id,
                submissions.c.user_id == answers.c.user_id,
            ),
        )
        where = [submissions.c.assignment_id == assignment_id, submissions.c.guild_id == guild_id]
        return await _tallies(self._engine, where, join)

    async def briefing_tallies(self, guild_id: int, briefing_id: str) -> list[QuestionTally]:
        """See the port."""
        where = [answers.c.guild_id == guild_id, answers.c.briefing_id == briefing_id]
        return await _tallies(self._engine, where, answers)

    async def briefing_students(
        self, guild_id: int, briefing_id: str
    ) -> list[tuple[int, int, int, dt.datetime]]:
        """See the port."""
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(answers.c.user_id, _RIGHT, func.count(), func.max(answers.c.answered_at))
                .where(answers.c.guild_id == guild_id, answers.c.briefing_id == briefing_id)
                .group_by(answers.c.user_id)
                .order_by(answers.c.user_id)
            )
            return [(u, int(r), int(n), last) for u, r, n, last in rows]

    async def results_by_day(
        self, guild_id: int, briefing_id: str | None = None
    ) -> list[DayResult]:
        """See the port."""
        where = [answers.c.guild_id == guild_id]
        if briefing_id is not None:
            where.append(answers.c.briefing_id == briefing_id)
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(answers.c.answered_day, func.count(), _RIGHT)
                .where(*where)
                .group_by(answers.c.answered_day)
                .order_by(answers.c.answered_day)
            )
            return [DayResult(day, int(n), int(right)) for day, n, right in rows]


def _report(row: Any) -> QuestionReport:
    return QuestionReport(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        briefing_id=row["briefing_id"],
        question_id=row["question_id"],
        reason=row["reason"],
        comment=row["comment"],
        given=row["given"],
        status=row["status"],
        resolved_by=row["resolved_by"],
        created_at=row["created_at"],
        resolved_at=row["resolved_at"],
    )


def _override(row: Any) -> QuestionOverride:
    return QuestionOverride(
        guild_id=row["guild_id"],
        briefing_id=row["briefing_id"],
        question_id=row["question_id"],
        hidden=bool(row["hidden"]),
        alternatives=tuple(json.loads(row["alternatives"])),
    )


class SqlQuestionReports:
    """`QuestionReportRepository` on SQLAlchemy."""

    def __init__(self, engine: Database) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._insert = _insert(engine)

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
        async with self._write.begin() as conn:
            new_id = (
                await conn.execute(
                    question_reports.insert().values(**values).returning(question_reports.c.id)
                )
            ).scalar_one()
        return _report({**values, "id": new_id})

    async def _select_reports(self, *where: ColumnElement[bool]) -> list[QuestionReport]:
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(question_reports).where(*where).order_by(question_reports.c.id)
            )
            return [_report(row) for row in rows.mappings()]

    async def get_report(self, guild_id: int, report_id: int) -> QuestionReport | None:
        """See the port."""
        found = await self._select_reports(
            question_reports.c.guild_id == guild_id, question_reports.c.id == report_id
        )
        return found[0] if found else None

    async def open_reports(self, guild_id: int) -> list[QuestionReport]:
        """See the port."""
        return await self._select_reports(
            question_reports.c.guild_id == guild_id, question_reports.c.status == "open"
        )

    async def has_open_report(
        self, guild_id: int, user_id: int, briefing_id: str, question_id: str
    ) -> bool:
        """See the port."""
        found = await self._select_reports(
            question_reports.c.guild_id == guild_id,
            question_reports.c.user_id == user_id,
            question_reports.c.briefing_id == briefing_id,
            question_reports.c.question_id == question_id,
            question_reports.c.status == "open",
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
        report_id: int | None = None,
    ) -> int:
        """See the port."""
        where = [
            question_reports.c.guild_id == guild_id,
            question_reports.c.briefing_id == briefing_id,
            question_reports.c.question_id == question_id,
            question_reports.c.status == "open",
        ]
        if report_id is not None:
            where.append(question_reports.c.id == report_id)
        async with self._write.begin() as conn:
            result = await conn.execute(
                update(question_reports)
                .where(*where)
                .values(status=status, resolved_by=resolved_by, resolved_at=now)
            )
        return result.rowcount

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
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(question_overrides)
                .where(
                    question_overrides.c.guild_id == guild_id,
                    question_overrides.c.briefing_id == briefing_id,
                )
                .order_by(question_overrides.c.question_id)
            )
            return [_override(row) for row in rows.mappings()]

    async def save_override(self, override: QuestionOverride, now: dt.datetime) -> None:
        """See the port."""
        values = {
            "hidden": override.hidden,
            "alternatives": json.dumps(list(override.alternatives)),
            "updated_at": now,
        }
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(question_overrides)
                .values(
                    guild_id=override.guild_id,
                    briefing_id=override.briefing_id,
                    question_id=override.question_id,
                    **values,
                )
                .on_conflict_do_update(
                    index_elements=[
                        question_overrides.c.guild_id,
                        question_overrides.c.briefing_id,
                        question_overrides.c.question_id,
                    ],
                    set_=values,
                )
            )

    @staticmethod
    def _question(guild_id: int, briefing_id: str, question_id: str) -> list[ColumnElement[bool]]:
        return [
            answers.c.guild_id == guild_id,
            answers.c.briefing_id == briefing_id,
            answers.c.question_id == question_id,
        ]

    async def wrong_answers_given(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> list[str]:
        """See the port."""
        async with self._engine.connect() as conn:
            rows = await conn.scalars(
                select(answers.c.given)
                .where(
                    *self._question(guild_id, briefing_id, question_id),
                    answers.c.correct.is_(False),
                    answers.c.given.is_not(None),
                )
                .distinct()
                .order_by(answers.c.given)
            )
            return [str(g) for g in rows]

    async def mark_right(
        self, guild_id: int, briefing_id: str, question_id: str, given: Sequence[str]
    ) -> int:
        """See the port."""
        if not given:
            return 0
        async with self._write.begin() as conn:
            result = await conn.execute(
                update(answers)
                .where(
                    *self._question(guild_id, briefing_id, question_id),
                    answers.c.correct.is_(False),
                    answers.c.given.in_(list(given)),
                )
                .values(correct=True)
            )
        return result.rowcount

    async def question_counts(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> tuple[int, int]:
        """See the port."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(func.count(), _RIGHT).where(
                        *self._question(guild_id, briefing_id, question_id)
                    )
                )
            ).one()
        return int(row[0]), int(row[1])
