"""What the core needs from outside, as protocols.

Persistence: one repository per area (answers, review state, sessions, progress, a user's
data), together `Repositories` (`bot.store` implements each in SQL). Output:
`Publisher`, posting or editing a reply in a channel (the Discord adapter implements it).
The core never imports an adapter or the store; services take anything with these methods,
so SQL stays in `bot.store`, markup in the adapter, and tests pass the in-memory
implementations of `bot.core.testing`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Protocol

from bot.core.progress import (
    AnswerRecord,
    DueReview,
    LeaderboardEntry,
    ReviewState,
    ScoreSummary,
    StoredSession,
)
from bot.core.replies import Reply

__all__ = [
    "AnswerRepository",
    "PersonalDataRepository",
    "Posted",
    "ProgressRepository",
    "Publisher",
    "Repositories",
    "ReviewRepository",
    "SessionRepository",
]


class AnswerRepository(Protocol):
    """Answers, each committed with the question's new review state."""

    async def record_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | Callable[[ReviewState | None], ReviewState] | None = None,
    ) -> bool:
        """Commit an answer with its review state; True if it was new.

        `review` may be a function of the stored state, applied in the answer's transaction.
        """
        ...

    def begin_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | Callable[[ReviewState | None], ReviewState] | None = None,
        flushing: asyncio.Future[None] | None = None,
    ) -> Awaitable[bool]:
        """`record_answer` started now: the commit is under way when this returns, and the
        result (True if new) comes once it is committed, so the caller can work meanwhile.

        `flushing`, if given, is resolved once the caller's work no longer delays the commit
        (its flush has begun; at once where the commit runs beside the caller's work), and
        at the latest when the commit ended."""
        ...

    async def session_answers(self, session_id: str) -> list[AnswerRecord]:
        """Answers recorded in a session, oldest first."""
        ...


class ReviewRepository(Protocol):
    """Each user's review state per question."""

    async def get_review(
        self, user_id: int, briefing_id: str, question_id: str
    ) -> ReviewState | None:
        """A question's review state for a user."""
        ...

    async def due_reviews(self, user_id: int, now: datetime, limit: int = 25) -> list[DueReview]:
        """Questions due for review."""
        ...

    async def replace_review(
        self,
        user_id: int,
        briefing_id: str,
        question_id: str,
        old: ReviewState,
        new: ReviewState,
    ) -> bool:
        """Replace a question's review state with `new` if it is still `old`; whether it was."""
        ...


class SessionRepository(Protocol):
    """Saved sessions: quizzes, questions of the day, reminders."""

    async def save_session(
        self,
        session_id: str,
        kind: str,
        owner_id: int,
        guild_id: int | None,
        channel_id: int | None,
        state: str,
        expires_at: datetime,
    ) -> None:
        """Save a session's state."""
        ...

    async def load_session(
        self, session_id: str, now: datetime | None = None
    ) -> StoredSession | None:
        """A saved session, unless expired."""
        ...

    async def end_session(self, session_id: str) -> bool:
        """Delete a saved session."""
        ...

    async def end_sessions(self, session_ids: list[str]) -> int:
        """Delete several saved sessions in one commit; how many there were."""
        ...

    async def active_sessions(
        self,
        now: datetime,
        *,
        owner_id: int | None = None,
        kind: str | None = None,
        expires_by: datetime | None = None,
    ) -> list[StoredSession]:
        """Sessions not yet expired (and, with `expires_by`, expiring by then)."""
        ...

    async def purge_expired_sessions(self, now: datetime) -> int:
        """Delete sessions that expired by `now`; returns how many."""
        ...


class ProgressRepository(Protocol):
    """Scores and leaderboards."""

    async def score(
        self, user_id: int, guild_id: int | None, now: datetime, *, zone: tzinfo | None = None
    ) -> ScoreSummary:
        """A user's progress; the streak in calendar days of `zone` (UTC when None)."""
        ...

    async def leaderboard(
        self, guild_id: int, week: date | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """A server's top learners, all time or in the week (Monday to Sunday) of `week`."""
        ...

    async def rank_of(
        self, guild_id: int, user_id: int, week: date | None = None
    ) -> LeaderboardEntry | None:
        """One user's leaderboard row."""
        ...

    async def latest_briefing(self, user_id: int, guild_id: int) -> str | None:
        """The briefing of the user's latest answer in a server; None before any."""
        ...


class PersonalDataRepository(Protocol):
    """Everything kept about one user: exported or forgotten."""

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """Everything kept about a user."""
        ...

    async def forget_user(self, user_id: int) -> int:
        """Delete everything kept about a user."""
        ...


class Repositories(Protocol):
    """The repositories the study services need, one per area."""

    @property
    def answers(self) -> AnswerRepository:
        """Answers and their review states."""
        ...

    @property
    def reviews(self) -> ReviewRepository:
        """Review state."""
        ...

    @property
    def sessions(self) -> SessionRepository:
        """Saved sessions."""
        ...

    @property
    def progress(self) -> ProgressRepository:
        """Scores and leaderboards."""
        ...

    @property
    def personal_data(self) -> PersonalDataRepository:
        """A user's own data."""
        ...


@dataclass(frozen=True, slots=True)
class Posted:
    """Where a reply was posted: its channel and one message id per message, in order.

    The reply's buttons are under the last message (`button_message_id`).
    """

    channel_id: int
    message_ids: tuple[int, ...]

    @property
    def button_message_id(self) -> int:
        """The message that carries the reply's buttons: the last one."""
        return self.message_ids[-1]


class Publisher(Protocol):
    """Posts replies into channels (not in answer to a command): every page, in order.

    A post the platform refuses (missing permission, channel or server gone) raises
    `bot.core.errors.PostRefused`.
    """

    async def post(
        self,
        channel_id: int,
        reply: Reply,
        *,
        once: str | None = None,
        since: datetime | None = None,
    ) -> Posted:
        """Post every page of `reply` in the channel, buttons under the last; where it went.

        `once`: a key (up to 22 characters) the platform posts under at most once: the same
        post sent again shortly after (its process stopped before it heard back) returns
        the messages already there instead of posting them twice. `since`: a retry after the
        platform may have forgotten the key (a restart minutes later): when the channel
        shows the bot's message with the reply's first page posted after then, that is
        where it went and nothing is posted."""
        ...

    async def edit(self, channel_id: int, message_id: int, reply: Reply) -> None:
        """Replace one posted message with the first page and the buttons of `reply`."""
        ...

    async def direct(self, user_id: int, reply: Reply) -> None:
        """Send `reply` to one user privately (a direct message), every page."""
        ...
