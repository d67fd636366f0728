"""What class mode needs from persistence, as protocols (the store's class repositories).

Every method that reads or changes a server's class data takes the server's id, so one
server's moderators never reach another's assignments, reports or questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from bot.core.classwork import (
    Assignment,
    DayResult,
    QuestionOverride,
    QuestionReport,
    QuestionTally,
    ReportStatus,
    Submission,
    Withdrawal,
)

__all__ = ["AssignmentRepository", "ClassResultsRepository", "QuestionReportRepository"]


class AssignmentRepository(Protocol):
    """Assignments and the students' submissions."""

    async def add_assignment(self, assignment: Assignment) -> Assignment:
        """Store a new assignment and return it with its id and its number in its server
        (the next, never given before there), unless the server has the same
        work (`Assignment.work_key`): then return that one, marked `already_set`. One atomic
        step, so two callers at the same instant store it once."""
        ...

    async def get_assignment(self, guild_id: int, assignment_id: int) -> Assignment | None:
        """One of this server's assignments, by its internal id (a button's)."""
        ...

    async def numbered(self, guild_id: int, number: int) -> Assignment | None:
        """This server's assignment of that number, as moderators and students see it."""
        ...

    async def list_assignments(self, guild_id: int) -> list[Assignment]:
        """This server's assignments, soonest due first."""
        ...

    async def remove_assignment(self, guild_id: int, assignment_id: int, now: dt.datetime) -> bool:
        """Delete an assignment and its submissions (the answers stay in progress), keeping
        a `Withdrawal` of it dated `now`; False if the server has no such assignment."""
        ...

    async def withdrawal(self, guild_id: int, number: int) -> Withdrawal | None:
        """This server's withdrawal of its assignment of that number, if it withdrew it."""
        ...

    async def start_submission(
        self, assignment: Assignment, user_id: int, now: dt.datetime
    ) -> Submission:
        """The student's submission, created at `now` if they never started."""
        ...

    async def finish_submission(
        self, guild_id: int, assignment_id: int, user_id: int, now: dt.datetime
    ) -> Submission | None:
        """Mark a submission finished (the first time only); None if it was never started."""
        ...

    async def submissions(
        self, guild_id: int, assignment_id: int, user_id: int | None = None
    ) -> list[Submission]:
        """Submissions with their scores counted from the answers in their sessions."""
        ...

    async def user_submissions(self, guild_id: int, user_id: int) -> list[Submission]:
        """A student's submissions in one server."""
        ...

    async def claim_reminder(self, assignment_id: int, now: dt.datetime) -> bool:
        """Mark a reminder sent; True for exactly one caller."""
        ...

    async def release_reminder(self, assignment_id: int, claimed_at: dt.datetime) -> None:
        """Undo the claim made at `claimed_at` (its post failed), so a later tick claims it."""
        ...

    async def reminders_due(self, guild_ids: Sequence[int], now: dt.datetime) -> list[Assignment]:
        """Assignments whose reminder time has come and whose deadline has not passed."""
        ...


class ClassResultsRepository(Protocol):
    """The aggregations a class report is made of, counted by the database."""

    async def assignment_tallies(self, guild_id: int, assignment_id: int) -> list[QuestionTally]:
        """Per question of an assignment: answers, right ones, most chosen wrong answer."""
        ...

    async def briefing_tallies(self, guild_id: int, briefing_id: str) -> list[QuestionTally]:
        """Per question of a briefing, over every answer given in the server."""
        ...

    async def briefing_students(
        self, guild_id: int, briefing_id: str
    ) -> list[tuple[int, int, int, dt.datetime]]:
        """Per student who answered a briefing: (user_id, right, answered, last answer)."""
        ...

    async def results_by_day(
        self, guild_id: int, briefing_id: str | None = None
    ) -> list[DayResult]:
        """Answers and right answers per UTC day, oldest first."""
        ...


class QuestionReportRepository(Protocol):
    """Question reports, the server's overrides, and re-scoring past answers."""

    async def add_report(self, report: QuestionReport) -> QuestionReport:
        """Store a report; returns it with its id and its server's next number."""
        ...

    async def get_report(self, guild_id: int, number: int) -> QuestionReport | None:
        """This server's report of that number."""
        ...

    async def open_reports(self, guild_id: int) -> list[QuestionReport]:
        """This server's open reports, oldest first."""
        ...

    async def has_open_report(
        self, guild_id: int, user_id: int, briefing_id: str, question_id: str
    ) -> bool:
        """Whether this user already has an open report on this question."""
        ...

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
        """Close open reports (the one of that number, or all on the question); how many."""
        ...

    async def get_override(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> QuestionOverride | None:
        """The server's override of a question."""
        ...

    async def overrides(self, guild_id: int, briefing_id: str) -> list[QuestionOverride]:
        """The server's overrides of a briefing's questions."""
        ...

    async def save_override(self, override: QuestionOverride, now: dt.datetime) -> None:
        """Create or replace an override."""
        ...

    async def wrong_answers_given(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> list[str]:
        """The distinct answers given and marked wrong for a question in the server."""
        ...

    async def mark_right(
        self, guild_id: int, briefing_id: str, question_id: str, given: Sequence[str]
    ) -> int:
        """Mark wrong answers with these texts right; returns how many answers changed."""
        ...

    async def question_counts(
        self, guild_id: int, briefing_id: str, question_id: str
    ) -> tuple[int, int]:
        """(answered, right) for a question in the server."""
        ...
