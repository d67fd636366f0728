"""What the core needs from persistence, as protocols (`bot.store.Store` provides both).

The core never imports the store; services take anything with these methods, so the store's
SQL stays in `bot.store` and tests may pass any object that behaves alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Protocol

from bot.core.progress import (
    AnswerRecord,
    DueReview,
    LeaderboardEntry,
    ReviewState,
    ScoreSummary,
    StoredSession,
)

__all__ = ["ProgressStore", "SessionStore"]


class SessionStore(Protocol):
    """Answers and saved sessions: what quizzes and the question of the day need."""

    async def record_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | Callable[[ReviewState | None], ReviewState] | None = None,
    ) -> bool:
        """Commit an answer with its review state; True if it was new.

        `review` may be a function of the stored state, applied in the answer's transaction.
        """
        ...

    async def session_answers(self, session_id: str) -> list[AnswerRecord]:
        """Answers recorded in a session, oldest first."""
        ...

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


class ProgressStore(SessionStore, Protocol):
    """Everything the study service needs: sessions, review state, progress, a user's data."""

    async def get_review(
        self, user_id: int, briefing_id: str, question_id: str
    ) -> ReviewState | None:
        """A question's review state for a user."""
        ...

    async def due_reviews(self, user_id: int, now: datetime, limit: int = 25) -> list[DueReview]:
        """Questions due for review."""
        ...

    async def score(self, user_id: int, guild_id: int | None, now: datetime) -> ScoreSummary:
        """A user's progress."""
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

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """Everything kept about a user."""
        ...

    async def forget_user(self, user_id: int) -> int:
        """Delete everything kept about a user."""
        ...
