"""What the store keeps and returns: answers, review state, scores, sessions, schedules, settings.

Plain frozen dataclasses with no behaviour beyond validation, so the core, the adapters and the
store can pass them around freely. Users appear only as Discord ids; nothing else about a person
is kept. Every datetime is timezone-aware; the store hands them back in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from bot.i18n import LANGUAGES

__all__ = [
    "Accuracy",
    "AnswerRecord",
    "DueReview",
    "GuildSettings",
    "LeaderboardEntry",
    "Recurrence",
    "ReviewState",
    "Schedule",
    "ScheduleRun",
    "ScheduleWhat",
    "ScoreSummary",
    "StoredSession",
]

ScheduleWhat = Literal["briefing", "question"]
Recurrence = Literal["once", "daily", "weekly"]


def _require_aware(name: str, value: dt.datetime | None) -> None:
    if value is None or value.tzinfo is dt.UTC:  # UTC, as every time the bot makes
        return
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (use datetime.now(UTC)), got {value!r}")


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One answer a user gave to one question.

    `(session_id, user_id, briefing_id, question_id)` identifies the answer (question ids are
    unique only within a briefing): submitting the same key twice (a double click, a retry
    after a timeout) is recorded once. An answer without a session has no such key and is
    always recorded, so callers should give every quiz a session id.
    `guild_id` is None for answers given in direct messages. `given` is what the user chose
    or typed (an option's text, not its letter), kept for class reports and re-scoring.
    """

    user_id: int
    guild_id: int | None
    briefing_id: str
    question_id: str
    section_id: str | None
    correct: bool
    seconds: float
    answered_at: dt.datetime
    session_id: str | None = None
    given: str | None = None

    def __post_init__(self) -> None:
        _require_aware("answered_at", self.answered_at)
        if not self.seconds >= 0:  # also rejects NaN
            raise ValueError(f"seconds must be zero or more, got {self.seconds!r}")


@dataclass(frozen=True, slots=True)
class ReviewState:
    """A user's spaced-review state for one question, as the scheduler left it.

    `card` is the scheduler's own JSON (opaque to the store); `due` is when the question should
    come back; `mastered` is the scheduler's verdict that the question is known for the long term.
    """

    card: str
    due: dt.datetime
    mastered: bool = False

    def __post_init__(self) -> None:
        _require_aware("due", self.due)


class DueReview(NamedTuple):
    """A question due for review, as `(briefing_id, question_id, due)`."""

    briefing_id: str
    question_id: str
    due: dt.datetime


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many answers were right out of how many were given."""

    correct: int = 0
    answered: int = 0

    @property
    def ratio(self) -> float:
        """Share of right answers, 0.0 when nothing was answered."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class ScoreSummary:
    """A user's progress, as /score shows it.

    `by_section` is keyed by `(briefing_id, section_id)`; answers to questions without a section
    count only overall and per briefing. `streak_days` counts consecutive calendar days with at
    least one answer anywhere (any server, a direct message), ending today, or yesterday when
    nothing was answered yet today: the days of the student's time zone (set with their
    reminder), UTC days without one. It, `mastered` and `due` belong to the user across every
    server.
    """

    overall: Accuracy = field(default_factory=Accuracy)
    by_briefing: dict[str, Accuracy] = field(default_factory=dict)
    by_section: dict[tuple[str, str], Accuracy] = field(default_factory=dict)
    streak_days: int = 0
    mastered: int = 0
    due: int = 0
    answered_elsewhere: bool = False
    """In one server's summary: the user also answered outside it (in a direct message,
    such as a review from the reminder, or in another server), which `overall` leaves out."""


@dataclass(frozen=True, slots=True)
class LeaderboardEntry:
    """One row of a server's leaderboard.

    Ranking: more right answers ranks higher; with the same number right, fewer answers given
    (higher accuracy) ranks higher; users equal on both share a rank and the next rank skips
    ("1, 1, 3"). Users sharing a rank are listed by user id, which carries no meaning.
    """

    rank: int
    user_id: int
    correct: int
    answered: int

    @property
    def accuracy(self) -> float:
        """Share of right answers."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class StoredSession:
    """A quiz session saved so it survives a restart; `state` is the owner's JSON, opaque here."""

    session_id: str
    kind: str
    owner_id: int
    guild_id: int | None
    channel_id: int | None
    state: str
    expires_at: dt.datetime
    updated_at: dt.datetime

    def __post_init__(self) -> None:
        _require_aware("expires_at", self.expires_at)
        _require_aware("updated_at", self.updated_at)

    def expired(self, now: dt.datetime) -> bool:
        """Whether the session has run out at `now`."""
        return now >= self.expires_at


@dataclass(frozen=True, slots=True)
class Schedule:
    """A moderator's standing order to post a briefing or a question of the day.

    `at` is wall-clock time in `timezone` (an IANA name such as "Europe/Berlin"), naive: a
    `datetime` for a one-off post, a `time` for daily and weekly ones. `weekday` (Monday is 0)
    is required for weekly schedules only. `id` (internal: run keys, buttons) and `number`
    (its number in its server, the one moderators see and type) are None until stored.
    `created_by` is None once its author asked to be forgotten. `failures` counts its
    failed posts in a row (`last_error` says why); a schedule `paused` after too many is not run.
    """

    guild_id: int
    channel_id: int
    briefing_id: str
    what: ScheduleWhat
    recurrence: Recurrence
    at: dt.time | dt.datetime
    timezone: str
    weekday: int | None = None
    created_by: int | None = None
    id: int | None = None
    number: int | None = None
    failures: int = 0
    last_error: str | None = None
    paused: bool = False

    def __post_init__(self) -> None:
        if self.what not in ("briefing", "question"):
            raise ValueError(f"what must be 'briefing' or 'question', got {self.what!r}")
        if self.recurrence == "once":
            if not isinstance(self.at, dt.datetime):
                raise ValueError("a one-off schedule needs `at` as a date and time")
        elif self.recurrence in ("daily", "weekly"):
            if isinstance(self.at, dt.datetime) or not isinstance(self.at, dt.time):
                raise ValueError(f"a {self.recurrence} schedule needs `at` as a time of day")
        else:
            raise ValueError(f"recurrence must be once, daily or weekly, got {self.recurrence!r}")
        if self.at.tzinfo is not None:
            raise ValueError("`at` is wall-clock time in `timezone`; pass it without tzinfo")
        if self.recurrence == "weekly":
            if self.weekday is None or not 0 <= self.weekday <= 6:
                raise ValueError("a weekly schedule needs a weekday from 0 (Monday) to 6")
        elif self.weekday is not None:
            raise ValueError("only weekly schedules take a weekday")
        if not self.timezone:
            raise ValueError("a schedule needs a time zone name, e.g. 'Europe/Berlin'")


@dataclass(frozen=True, slots=True)
class ScheduleRun:
    """One claimed run of a schedule; `posted_at` stays None until the post went out."""

    schedule_id: int
    run_key: str
    claimed_by: str
    claimed_at: dt.datetime
    posted_at: dt.datetime | None = None
    message_id: int | None = None


@dataclass(frozen=True, slots=True)
class GuildSettings:
    """Per-server settings; a server that never changed anything gets these defaults."""

    guild_id: int
    moderator_role_id: int | None = None
    quiz_timer_seconds: int = 20
    untimed_default: bool = False
    default_briefing: str | None = None
    qotd_channel_id: int | None = None
    language: str | None = None
    """The server's language (a shipped code such as `fr`); None: English."""
    text_only_default: bool = False
    """Students who never chose get the text-only mode (no embeds, answers on buttons)."""

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in LANGUAGES:
            raise ValueError(
                f"language must be one of {', '.join(LANGUAGES)}, got {self.language!r}"
            )
        if isinstance(self.quiz_timer_seconds, bool) or not 5 <= self.quiz_timer_seconds <= 600:
            raise ValueError(
                f"quiz_timer_seconds must be 5 to 600, got {self.quiz_timer_seconds!r}"
            )
