"""Review state: each user's FSRS card per question, and what is due.

`SqlReviews` implements `bot.core.ports.ReviewRepository`. Answers move review state in
their own transaction (`SqlAnswers`); this repository reads it and replaces it.
"""

from __future__ import annotations

import datetime as dt

from bot.core.progress import DueReview, ReviewState
from bot.store.dialect import Clock
from bot.store.sql import SqlDatabase, read_bool, read_time

__all__ = ["SqlReviews"]

_READ = (
    "SELECT card, due, mastered FROM reviews"
    " WHERE user_id = :user AND briefing_id = :briefing AND question_id = :question"
)
_UPSERT = (
    "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, updated_at)"
    " VALUES (:user, :briefing, :question, :card, :due, :mastered, :updated_at)"
    " ON CONFLICT (user_id, briefing_id, question_id) DO UPDATE SET card = :card,"
    " due = :due, mastered = :mastered, updated_at = :updated_at"
)
_REPLACE = (
    "UPDATE reviews SET card = :card, due = :due, mastered = :mastered, updated_at = :updated_at"
    " WHERE user_id = :user AND briefing_id = :briefing AND question_id = :question"
    " AND card = :old_card"
)
_DUE = (
    "SELECT briefing_id, question_id, due FROM reviews WHERE user_id = :user AND due <= :now"
    " ORDER BY due, briefing_id, question_id LIMIT :limit"
)


class SqlReviews:
    """Each user's review state per question (`ReviewRepository`)."""

    def __init__(self, sql: SqlDatabase, clock: Clock) -> None:
        self._sql = sql
        self._clock = clock

    async def get_review(
        self, user_id: int, briefing_id: str, question_id: str
    ) -> ReviewState | None:
        """The review state of one question for one user, None if never answered."""
        key = {"user": user_id, "briefing": briefing_id, "question": question_id}
        row = await self._sql.one(_READ, key)
        if row is None:
            return None
        card, due, mastered = row
        return ReviewState(card, read_time(due), read_bool(mastered))

    async def save_review(
        self, user_id: int, briefing_id: str, question_id: str, state: ReviewState
    ) -> None:
        """Replace the review state of one question for one user."""
        await self._sql.execute(
            _UPSERT,
            {
                "user": user_id,
                "briefing": briefing_id,
                "question": question_id,
                "card": state.card,
                "due": state.due,
                "mastered": state.mastered,
                "updated_at": self._clock(),
            },
        )

    async def replace_review(
        self,
        user_id: int,
        briefing_id: str,
        question_id: str,
        old: ReviewState,
        new: ReviewState,
    ) -> bool:
        """Replace a question's review state with `new` if it is still `old` (its card
        unchanged); whether it was, in one statement (an answer meanwhile wins)."""
        changed = await self._sql.execute(
            _REPLACE,
            {
                "user": user_id,
                "briefing": briefing_id,
                "question": question_id,
                "old_card": old.card,
                "card": new.card,
                "due": new.due,
                "mastered": new.mastered,
                "updated_at": self._clock(),
            },
        )
        return changed == 1

    async def due_reviews(self, user_id: int, now: dt.datetime, limit: int = 25) -> list[DueReview]:
        """Questions due for review at `now`, most overdue first."""
        rows = await self._sql.rows(_DUE, {"user": user_id, "now": now, "limit": limit})
        return [DueReview(briefing, question, read_time(due)) for briefing, question, due in rows]
