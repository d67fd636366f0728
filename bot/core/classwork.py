"""Class mode's values: assignments, submissions, question reports, overrides and class reports.

Plain frozen dataclasses, shared by the class services, their ports and the adapters. Users
appear only as ids (display names are looked up by the adapter when a report is exported);
every datetime is timezone-aware UTC.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = [
    "FLAG_MIN_ANSWERS",
    "REPORT_REASONS",
    "TOO_EASY",
    "TOO_HARD",
    "Assignment",
    "ClassReport",
    "DayResult",
    "QuestionFigures",
    "QuestionFlag",
    "QuestionOverride",
    "QuestionReport",
    "QuestionTally",
    "ReportReason",
    "ReportStatus",
    "StudentResult",
    "StudentStatus",
    "Submission",
    "Withdrawal",
    "WrongAnswer",
]

ReportReason = Literal["wrong_key", "unclear", "outdated", "typo", "other"]
REPORT_REASONS: tuple[ReportReason, ...] = get_args(ReportReason)
ReportStatus = Literal["open", "accepted", "hidden", "dismissed"]
StudentStatus = Literal["finished", "late", "started", "not started", "answered"]
"""A student on an assignment; "answered" in a briefing's report, where nothing is to finish."""
QuestionFlag = Literal["too hard", "too easy"]

TOO_HARD = 0.30
"""A question with fewer than this share of right answers is flagged too hard."""
TOO_EASY = 0.90
"""A question with more than this share of right answers is flagged too easy."""
FLAG_MIN_ANSWERS = 5
"""A question is called too hard or too easy only once this many answers are in: one
student's slip (or lucky guess) says nothing about the question."""


def _aware(name: str, value: dt.datetime | None) -> None:
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


@dataclass(frozen=True, slots=True)
class Assignment:
    """A briefing's questions set by a moderator for a role (or everyone), due at a moment.

    `question_ids` are chosen once, when the work is set, so every student gets the same
    questions and the report can compare them. `role_id` None means everyone in the server
    who sees `channel_id`. `timezone` is the IANA zone the moderator gave the due time in.
    """

    guild_id: int
    channel_id: int
    briefing_id: str
    question_ids: tuple[str, ...]
    due_at: dt.datetime
    timezone: str
    created_at: dt.datetime
    role_id: int | None = None
    sections: tuple[str, ...] = ()
    difficulty: str | None = None
    remind_minutes: int | None = None
    created_by: int | None = None
    reminded_at: dt.datetime | None = None
    id: int | None = None
    number: int | None = None
    """Its number in its server (`#3`), the one people see and type; `id` is internal."""
    already_set: bool = field(default=False, compare=False)
    """True when `add_assignment` found this work set already (not set by that call): the
    caller tells its moderator so instead of announcing it again. Never stored."""

    def __post_init__(self) -> None:
        _aware("due_at", self.due_at)
        _aware("created_at", self.created_at)
        if not self.question_ids:
            raise ValueError("an assignment needs at least one question")
        if self.remind_minutes is not None and self.remind_minutes <= 0:
            raise ValueError("remind_minutes must be positive")

    def work_key(self) -> str:
        """What makes two of a server's assignments the same work, as a short key: the same
        briefing, sections, difficulty and number of questions, for the same people in the
        same channel, due at the same moment, with the same reminder (the questions themselves
        are drawn when the work is set). The store keeps one assignment per server and key."""
        same = [
            self.channel_id,
            self.briefing_id,
            self.due_at.astimezone(dt.UTC).isoformat(),
            self.role_id,
            list(self.sections),
            self.difficulty,
            self.remind_minutes,
            len(self.question_ids),
        ]
        return hashlib.sha256(json.dumps(same).encode()).hexdigest()

    def session_id(self, user_id: int) -> str:
        """The quiz session a student's attempt runs under: one per student, so it counts once."""
        return f"asg-{self.id}-{user_id}"

    def is_for(self, role_ids: frozenset[int] | set[int]) -> bool:
        """Whether a member with these roles is set this work."""
        return self.role_id is None or self.role_id in role_ids

    def remind_at(self) -> dt.datetime | None:
        """When the reminder is due, if one was asked for."""
        if self.remind_minutes is None:
            return None
        return self.due_at - dt.timedelta(minutes=self.remind_minutes)


@dataclass(frozen=True, slots=True)
class Submission:
    """A student's attempt at an assignment; its score comes from the answers in its session."""

    assignment_id: int
    user_id: int
    session_id: str
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    correct: int = 0
    answered: int = 0

    @property
    def finished(self) -> bool:
        """Whether the student answered every question."""
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class WrongAnswer:
    """The wrong answer chosen most often for a question, and by how many."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class QuestionTally:
    """What the database counted for one question: answers, right ones, top wrong answer."""

    briefing_id: str
    question_id: str
    answered: int
    correct: int
    top_wrong: WrongAnswer | None = None


@dataclass(frozen=True, slots=True)
class QuestionFigures:
    """One question's line in a class report."""

    briefing_id: str
    question_id: str
    prompt: str
    answered: int
    correct: int
    top_wrong: WrongAnswer | None
    flag: QuestionFlag | None

    @property
    def share_right(self) -> float:
        """Share of right answers, 0.0 when nobody answered."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class StudentResult:
    """One student's line in a class report."""

    user_id: int
    status: StudentStatus
    correct: int = 0
    answered: int = 0
    finished_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ClassReport:
    """A class's results for one assignment or one briefing in one server."""

    guild_id: int
    title: str
    students: tuple[StudentResult, ...]
    questions: tuple[QuestionFigures, ...]
    due_at: dt.datetime | None = None
    number: int | None = None
    """The assignment's number in its server; None for a briefing's report."""
    briefing_id: str | None = None

    def count(self, status: StudentStatus) -> int:
        """How many students are in this state."""
        return sum(1 for s in self.students if s.status == status)


@dataclass(frozen=True, slots=True)
class DayResult:
    """A class's answers on one UTC day: how many, how many right."""

    day: dt.date
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class QuestionReport:
    """A student's report that a question has a problem."""

    guild_id: int
    user_id: int
    briefing_id: str
    question_id: str
    reason: ReportReason
    created_at: dt.datetime
    comment: str = ""
    given: str | None = None
    status: ReportStatus = "open"
    resolved_by: int | None = None
    resolved_at: dt.datetime | None = None
    id: int | None = None
    number: int | None = None
    """Its number in its server (`#3`), the one people see and buttons carry; `id` is internal."""

    def __post_init__(self) -> None:
        _aware("created_at", self.created_at)
        if self.reason not in REPORT_REASONS:
            raise ValueError(f"unknown report reason {self.reason!r}")


@dataclass(frozen=True, slots=True)
class QuestionOverride:
    """A server's decision about a question: hidden, or other answers that also count."""

    guild_id: int
    briefing_id: str
    question_id: str
    hidden: bool = False
    alternatives: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """Work a moderator withdrew (/unassign): kept so its number is answered as withdrawn,
    never as work the server never had."""

    guild_id: int
    number: int
    briefing_id: str
    withdrawn_at: dt.datetime
