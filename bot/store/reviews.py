"""Review state: each user's FSRS card per question, and what is due.

`SqlReviews` implements `bot.core.ports.ReviewRepository`. Answers move review state in
their own transaction (`SqlAnswers`); this repository reads it and replaces it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.core.progress import DueReview, ReviewState
from bot.store.database import Database, DatabaseConnection
from bot.store.dialect import Clock, dialect_insert
from bot.store.engine import WRITE
from bot.store.schema import reviews

__all__ = ["SqlReviews"]


class SqlReviews:
    """Each user's review state per question (`ReviewRepository`)."""

    def __init__(self, engine: Database, clock: Clock) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        self._insert = dialect_insert(engine.dialect.name)

    async def get_review(
        self, user_id: int, briefing_id: str, question_id: str
    ) -> ReviewState | None:
        """The review state of one question for one user, None if never answered."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(reviews.c.card, reviews.c.due, reviews.c.mastered).where(
                        reviews.c.user_id == user_id,
                        reviews.c.briefing_id == briefing_id,
                        reviews.c.question_id == question_id,
                    )
                )
            ).one_or_none()
        return None if row is None else ReviewState(row.card, row.due, bool(row.mastered))

    async def save_review(
        self, user_id: int, briefing_id: str, question_id: str, state: ReviewState
    ) -> None:
        """Replace the review state of one question for one user."""
        async with self._write.begin() as conn:
            await self._upsert_review(conn, user_id, briefing_id, question_id, state)

    async def _upsert_review(
        self,
        conn: DatabaseConnection,
        user_id: int,
        briefing_id: str,
        question_id: str,
        state: ReviewState,
    ) -> None:
        values = {"card": state.card, "due": state.due, "mastered": state.mastered}
        values["updated_at"] = self._clock()
        await conn.execute(
            self._insert(reviews)
            .values(user_id=user_id, briefing_id=briefing_id, question_id=question_id, **values)
            .on_conflict_do_update(
                index_elements=[reviews.c.user_id, reviews.c.briefing_id, reviews.c.question_id],
                set_=values,
            )
        )

    async def due_reviews(self, user_id: int, now: dt.datetime, limit: int = 25) -> list[DueReview]:
        """Questions due for review at `now`, most overdue first."""
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(reviews.c.briefing_id, reviews.c.question_id, reviews.c.due)
                .where(reviews.c.user_id == user_id, reviews.c.due <= now)
                .order_by(reviews.c.due, reviews.c.briefing_id, reviews.c.question_id)
                .limit(limit)
            )
            return [DueReview(*row) for row in rows]
