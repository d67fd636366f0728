"""An in-memory implementation of class mode's ports, for the core tests.

A real, small implementation (not a mock): the same contract as `bot.store.class_repos`, over
Python lists. `answers` stands in for the answers table the quizzes write to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

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
from bot.core.progress import AnswerRecord


class MemoryClassStore:
    """Assignments, submissions, class figures, reports and overrides, in memory."""

    def __init__(self) -> None:
        self.answers: list[AnswerRecord] = []
        self._assignments: dict[int, Assignment] = {}
        self._submissions: dict[tuple[int, int], Submission] = {}
        self._reports: dict[int, QuestionReport] = {}
        self._overrides: dict[tuple[int, str, str], QuestionOverride] = {}
        self._withdrawn: dict[tuple[int, int], Withdrawal] = {}
        self._last_number: dict[int, int] = {}

    # --- answers (what a quiz would have committed) ---------------------------------------

    def add_answer(self, record: AnswerRecord) -> None:
        """Record an answer, once per (session, user, briefing, question) as the store does."""
        key = (record.session_id, record.user_id, record.briefing_id, record.question_id)
        if any(
            (a.session_id, a.user_id, a.briefing_id, a.question_id) == key for a in self.answers
        ):
            return
        self.answers.append(record)

    # --- AssignmentRepository ---------------------------------------------------------------

    async def add_assignment(self, assignment: Assignment) -> Assignment:
        for same in self._assignments.values():
            if (same.guild_id, same.work_key()) == (assignment.guild_id, assignment.work_key()):
                return dataclasses.replace(same, already_set=True)
        number = self._last_number[assignment.guild_id] = (
            self._last_number.get(assignment.guild_id, 0) + 1
        )
        saved = dataclasses.replace(assignment, id=len(self._assignments) + 1, number=number)
        self._assignments[saved.id or 0] = saved
        return saved

    async def get_assignment(self, guild_id: int, assignment_id: int) -> Assignment | None:
        found = self._assignments.get(assignment_id)
        return found if found is not None and found.guild_id == guild_id else None

    async def numbered(self, guild_id: int, number: int) -> Assignment | None:
        mine = self._assignments.values()
        return next((a for a in mine if (a.guild_id, a.number) == (guild_id, number)), None)

    async def list_assignments(self, guild_id: int) -> list[Assignment]:
        mine = [a for a in self._assignments.values() if a.guild_id == guild_id]
        return sorted(mine, key=lambda a: (a.due_at, a.id or 0))

    async def remove_assignment(self, guild_id: int, assignment_id: int, now: dt.datetime) -> bool:
        found = await self.get_assignment(guild_id, assignment_id)
        if found is None:
            return False
        number = found.number or 0
        self._withdrawn[(guild_id, number)] = Withdrawal(guild_id, number, found.briefing_id, now)
        del self._assignments[assignment_id]
        for key in [k for k in self._submissions if k[0] == assignment_id]:
            del self._submissions[key]
        return True

    async def withdrawal(self, guild_id: int, number: int) -> Withdrawal | None:
        return self._withdrawn.get((guild_id, number))

    async def start_submission(
        self, assignment: Assignment, user_id: int, now: dt.datetime
    ) -> Submission:
        key = (assignment.id or 0, user_id)
        self._submissions.setdefault(
            key, Submission(key[0], user_id, assignment.session_id(user_id), now)
        )
        return self._scored(self._submissions[key])

    async def finish_submission(
        self, guild_id: int, assignment_id: int, user_id: int, now: dt.datetime
    ) -> Submission | None:
        found = self._submissions.get((assignment_id, user_id))
        if found is None or await self.get_assignment(guild_id, assignment_id) is None:
            return None
        if found.finished_at is None:
            found = self._submissions[(assignment_id, user_id)] = dataclasses.replace(
                found, finished_at=now
            )
        return self._scored(found)

    def _scored(self, submission: Submission) -> Submission:
        mine = [a for a in self.answers if a.session_id == submission.session_id]
        return dataclasses.replace(
            submission, correct=sum(a.correct for a in mine), answered=len(mine)
        )

    async def submissions(
        self, guild_id: int, assignment_id: int, user_id: int | None = None
    ) -> list[Submission]:
        if await self.get_assignment(guild_id, assignment_id) is None:
            return []
        return [
            self._scored(s)
            for (aid, uid), s in sorted(self._submissions.items())
            if aid == assignment_id and user_id in (None, uid)
        ]

    async def user_submissions(self, guild_id: int, user_id: int) -> list[Submission]:
        return [
            self._scored(s)
            for (aid, uid), s in sorted(self._submissions.items())
            if uid == user_id and self._assignments[aid].guild_id == guild_id
        ]

    async def claim_reminder(self, assignment_id: int, now: dt.datetime) -> bool:
        found = self._assignments.get(assignment_id)
        if found is None or found.reminded_at is not None:
            return False
        self._assignments[assignment_id] = dataclasses.replace(found, reminded_at=now)
        return True

    async def release_reminder(self, assignment_id: int, claimed_at: dt.datetime) -> None:
        found = self._assignments.get(assignment_id)
        if found is not None and found.reminded_at == claimed_at:
            self._assignments[assignment_id] = dataclasses.replace(found, reminded_at=None)

    async def reminders_due(self, guild_ids: Sequence[int], now: dt.datetime) -> list[Assignment]:
        return [
            a
            for a in sorted(self._assignments.values(), key=lambda a: (a.due_at, a.id or 0))
            if a.guild_id in guild_ids
            and a.reminded_at is None
            and (at := a.remind_at()) is not None
            and at <= now < a.due_at
        ]

    # --- ClassResultsRepository ------------------------------------------------------------

    @staticmethod
    def _tally(rows: Iterable[AnswerRecord]) -> list[QuestionTally]:
        groups: dict[tuple[str, str], list[AnswerRecord]] = {}
        for a in rows:
            groups.setdefault((a.briefing_id, a.question_id), []).append(a)
        out = []
        for (b, q), group in sorted(groups.items()):
            wrong = Counter(a.given for a in group if not a.correct and a.given is not None)
            ranked = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
            top = WrongAnswer(*ranked[0]) if ranked else None
            out.append(QuestionTally(b, q, len(group), sum(a.correct for a in group), top))
        return out

    async def assignment_tallies(self, guild_id: int, assignment_id: int) -> list[QuestionTally]:
        sessions = {s.session_id for s in await self.submissions(guild_id, assignment_id)}
        return self._tally(a for a in self.answers if a.session_id in sessions)

    def _briefing_answers(self, guild_id: int, briefing_id: str) -> list[AnswerRecord]:
        return [a for a in self.answers if a.guild_id == guild_id and a.briefing_id == briefing_id]

    async def briefing_tallies(self, guild_id: int, briefing_id: str) -> list[QuestionTally]:
        return self._tally(self._briefing_answers(guild_id, briefing_id))

    async def briefing_students(
        self, guild_id: int, briefing_id: str
    ) -> list[tuple[int, int, int, dt.datetime]]:
        per_user: dict[int, list[AnswerRecord]] = {}
        for a in self._briefing_answers(guild_id, briefing_id):
            per_user.setdefault(a.user_id, []).append(a)
        return [
            (u, sum(a.correct for a in rows), len(rows), max(a.answered_at for a in rows))
            for u, rows in sorted(per_user.items())
        ]

    async def results_by_day(
        self, guild_id: int, briefing_id: str | None = None
    ) -> list[DayResult]:
        per_day: dict[dt.date, list[AnswerRecord]] = {}
        for a in self.answers:
            if a.guild_id == guild_id and briefing_id in (None, a.briefing_id):
                per_day.setdefault(a.answered_at.astimezone(dt.UTC).date(), []).append(a)
        return [
            DayResult(day, len(rows), sum(a.correct for a in rows))
            for day, rows in sorted(per_day.items())
        ]

    # --- QuestionReportRepository ------------------------------------------------------------

    async def add_report(self, report: QuestionReport) -> QuestionReport:
        number = 1 + sum(r.guild_id == report.guild_id for r in self._reports.values())
        saved = dataclasses.replace(report, id=len(self._reports) + 1, number=number)
        self._reports[saved.id or 0] = saved
        return saved

    async def get_report(self, guild_id: int, number: int) -> QuestionReport | None:
        return next(
            (r for r in self._reports.values() if (r.guild_id, r.number) == (guild_id, number)),
            None,
        )

    async def open_reports(self, guild_id: int) -> list[QuestionReport]:
        return [
            r
            for _, r in sorted(self._reports.items())
            if r.guild_id == guild_id and r.status == "open"
        ]

    async def has_open_report(
        self, guild_id: int, user_id: int, briefing_id: str, question_id: str
    ) -> bool:
        return any(
            (r.user_id, r.briefing_id, r.question_id) == (user_id, briefing_id, question_id)
            for r in await self.open_reports(guild_id)
        )

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
        closed = 0
        for r in await self.open_reports(guild_id):
            if (r.briefing_id, r.question_id) == (briefing_id, question_id) and number in (
                None,
                r.number,
            ):
                self._reports[r.id or 0] = dataclasses.replace(
                    r, status=status, resolved_by=resolved_by, resolved_at=now
                )
                closed += 1
        return closed

    async def get_override(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> QuestionOverride | None:
        return self._overrides.get((guild_id, briefing_id, question_id))

    async def overrides(self, guild_id: int, briefing_id: str) -> list[QuestionOverride]:
        return [
            o
            for (g, b, _), o in sorted(self._overrides.items())
            if (g, b) == (guild_id, briefing_id)
        ]

    async def save_override(self, override: QuestionOverride, now: dt.datetime) -> None:
        self._overrides[(override.guild_id, override.briefing_id, override.question_id)] = override

    def _question_answers(self, guild_id: int, briefing_id: str, question_id: str) -> list[int]:
        return [
            i
            for i, a in enumerate(self.answers)
            if (a.guild_id, a.briefing_id, a.question_id) == (guild_id, briefing_id, question_id)
        ]

    async def wrong_answers_given(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> list[str]:
        rows = [self.answers[i] for i in self._question_answers(guild_id, briefing_id, question_id)]
        return sorted({a.given for a in rows if not a.correct and a.given is not None})

    async def mark_right(
        self, guild_id: int, briefing_id: str, question_id: str, given: Sequence[str]
    ) -> int:
        changed = 0
        for i in self._question_answers(guild_id, briefing_id, question_id):
            a = self.answers[i]
            if not a.correct and a.given in given:
                self.answers[i] = dataclasses.replace(a, correct=True)
                changed += 1
        return changed

    async def question_counts(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> tuple[int, int]:
        rows = [self.answers[i] for i in self._question_answers(guild_id, briefing_id, question_id)]
        return len(rows), sum(a.correct for a in rows)
