"""The answer writer's batches on PostgreSQL: four round trips on the driver's own connection.

A batch is `BEGIN`; one statement that inserts the answers, adds the new ones to their
learners' totals and locks and reads the review states their updates need; the review updates
(FSRS) in Python; one statement that writes the review states (one more for saved sessions);
`COMMIT`. Every statement is a fixed text with the rows in arrays (`unnest`), so asyncpg
prepares it once per connection and sends a batch in one message; answers and review states
go as one array of rows each (the composite types `answer_row` and `review_row`, migration
0010), which asyncpg checks once per row instead of once or twice per value. The statements go to
asyncpg directly, on a connection borrowed from the engine's pool: SQLAlchemy's cursor and
result layers added more than a tenth of a batch's time and nothing this path uses.

A statement that times out (a frozen server) or a lost connection drops the connection
without waiting on a rollback, as the engine does for its own statements (`bot.store.engine`),
so the caller hears of it within the statement time limit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.progress import ReviewState
from bot.store.batch_plan import (
    AnswerKey,
    AnswerPlan,
    QuestionKey,
    next_reviews,
    plan_answers,
)
from bot.store.batch_sql import SESSION_COLUMNS
from bot.store.dialect import Clock
from bot.store.totals import week_key
from bot.store.writer import PendingAnswer, PendingSession, PendingWrite

__all__ = ["PostgresBatches"]

_ANSWER_COLUMNS = (
    "user_id, guild_id, briefing_id, question_id, section_id, correct, seconds, answered_at, "
    "answered_day, session_id, given"
)
RECORD_ANSWERS = f"""
WITH inserted AS (
    INSERT INTO answers ({_ANSWER_COLUMNS})
    SELECT r.user_id, r.guild_id, r.briefing_id, r.question_id, r.section_id, r.correct,
        r.seconds, r.answered_at, (r.answered_at AT TIME ZONE 'UTC')::date, r.session_id,
        r.given
    FROM unnest($1::answer_row[]) AS r
    ON CONFLICT DO NOTHING
    RETURNING session_id, user_id, guild_id, briefing_id, question_id, correct, answered_day
), counts AS (
    SELECT a.guild_id, p.period, a.user_id, count(*) FILTER (WHERE a.correct) AS correct,
        count(*) AS answered
    FROM inserted AS a
    JOIN unnest($2::date[], $3::integer[]) AS w (day, week) ON w.day = a.answered_day
    CROSS JOIN LATERAL (VALUES (0), (w.week)) AS p (period)
    WHERE a.guild_id IS NOT NULL
    GROUP BY a.guild_id, p.period, a.user_id
    ORDER BY a.guild_id, p.period, a.user_id
), added AS (
    UPDATE learner_totals AS t
    SET correct = t.correct + c.correct, answered = t.answered + c.answered
    FROM counts AS c
    WHERE t.user_id = c.user_id AND t.guild_id = c.guild_id AND t.period = c.period
    RETURNING t.guild_id, t.period, t.user_id
), counted AS (
    INSERT INTO learner_totals (guild_id, period, user_id, correct, answered)
    SELECT c.guild_id, c.period, c.user_id, c.correct, c.answered
    FROM counts AS c
    WHERE NOT EXISTS (
        SELECT FROM added AS d
        WHERE d.user_id = c.user_id AND d.guild_id = c.guild_id AND d.period = c.period
    )
    ORDER BY c.guild_id, c.period, c.user_id
    ON CONFLICT (guild_id, period, user_id) DO UPDATE SET
        correct = learner_totals.correct + excluded.correct,
        answered = learner_totals.answered + excluded.answered
), locked AS (
    SELECT r.user_id, r.briefing_id, r.question_id, r.card, r.due, r.mastered
    FROM reviews AS r
    JOIN (SELECT DISTINCT user_id, briefing_id, question_id FROM inserted WHERE $4::boolean)
        AS k USING (user_id, briefing_id, question_id)
    ORDER BY r.user_id, r.briefing_id, r.question_id
    FOR UPDATE OF r
)
SELECT NULL::varchar, user_id, briefing_id, question_id, card, due, mastered FROM locked
UNION ALL (
    SELECT r.session_id, r.user_id, r.briefing_id, r.question_id, NULL::text,
        NULL::timestamptz, NULL::boolean
    FROM unnest($1::answer_row[]) AS r
    WHERE r.session_id IS NOT NULL
    EXCEPT ALL
    SELECT session_id, user_id, briefing_id, question_id, NULL, NULL, NULL FROM inserted
)
"""
"""Insert answers (repeats skipped), count the new ones into the totals of their server, all
time and their week (given as day -> week), and (when $4) lock and read the review states the
new answers move, found from the inserted rows (no key arrays sent twice). Rows: the review
states read (no session), then the keyed answers that were not new (with their session)."""

UPSERT_REVIEWS = (
    "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, "
    "updated_at) SELECT u.*, $2::timestamptz FROM unnest($1::review_row[]) AS u "
    "ON CONFLICT (user_id, briefing_id, question_id) DO UPDATE SET card = excluded.card, "
    "due = excluded.due, mastered = excluded.mastered, updated_at = excluded.updated_at"
)
UPSERT_SESSIONS = (
    f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)}) SELECT u.*, $8::timestamptz "
    "FROM unnest($1::varchar[], $2::varchar[], $3::bigint[], $4::bigint[], $5::bigint[], "
    "$6::text[], $7::timestamptz[]) AS u ON CONFLICT (session_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in SESSION_COLUMNS[1:])
)


class PostgresBatches:
    """Writes the answer writer's batches (`bot.store.writer.WriteBatch`) on PostgreSQL."""

    def __init__(self, engine: AsyncEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def write(self, batch: Sequence[PendingWrite]) -> list[bool]:
        """Write answers and sessions in one transaction; per write, whether it was new.

        Every pooled connection busy past the pool's wait is Python's `TimeoutError`, an
        outage, as in the SQL port (`PostgresSql.transaction`; was: SQLAlchemy's own
        `TimeoutError`, read as a bug: "Something went wrong" and a traceback, seed 921)."""
        try:
            return await self._write(batch)
        except sa_exc.TimeoutError as error:
            raise TimeoutError("no PostgreSQL connection was free in time") from error

    async def _write(self, batch: Sequence[PendingWrite]) -> list[bool]:
        async with self._engine.connect() as conn:
            driver = (await conn.get_raw_connection()).driver_connection
            assert driver is not None
            try:
                await driver.execute("BEGIN")
                new = await self._write_in(driver, batch)
                await driver.execute("COMMIT")
            except BaseException as exc:
                await _abandon(conn, driver, exc)
                raise
            return new

    async def _write_in(self, driver: Any, batch: Sequence[PendingWrite]) -> list[bool]:
        answer_at = [i for i, w in enumerate(batch) if isinstance(w, PendingAnswer)]
        saved = [w for w in batch if isinstance(w, PendingSession)]
        new = [True] * len(batch)
        if answer_at:
            answered = await self._write_answers(driver, [batch[i] for i in answer_at])  # type: ignore[misc]
            for i, was_new in zip(answer_at, answered, strict=True):
                new[i] = was_new
        if saved:
            await self._write_sessions(driver, saved)
        return new

    async def _write_answers(self, driver: Any, batch: Sequence[PendingAnswer]) -> list[bool]:
        plan = plan_answers(batch)
        read_reviews = any(callable(p.review) for p in batch)
        stored, repeats = await _record_answers(driver, plan, read_reviews)
        plan.mark_inserted(key for key in plan.first_of if key not in repeats)
        states = next_reviews(batch, plan.new, stored)
        if states:
            stamp = _aware(self._clock())
            await driver.execute(
                UPSERT_REVIEWS,
                # due is aware by construction (ReviewState)
                [(*key, s.card, s.due, s.mastered) for key, s in states],
                stamp,
            )
        return plan.new

    async def _write_sessions(self, driver: Any, batch: Sequence[PendingSession]) -> None:
        """Save sessions in one upsert; for a session saved twice in a batch, the last wins."""
        latest = {saved.session_id: saved for saved in batch}
        saved = [latest[k] for k in sorted(latest)]
        stamp = _aware(self._clock())
        await driver.execute(
            UPSERT_SESSIONS,
            [s.session_id for s in saved],
            [s.kind for s in saved],
            [s.owner_id for s in saved],
            [s.guild_id for s in saved],
            [s.channel_id for s in saved],
            [s.state for s in saved],
            [_aware(s.expires_at) for s in saved],
            stamp,
        )


async def _record_answers(
    driver: Any, plan: AnswerPlan, read_reviews: bool
) -> tuple[dict[QuestionKey, ReviewState], set[AnswerKey]]:
    """Run `RECORD_ANSWERS` for the plan's rows: (review states read, keyed answers not new)."""
    records = plan.rows
    # An answer's stored day is the UTC date of its time, cut by the server; here only the
    # batch's few distinct days, for their weeks. Records are timezone-aware by construction.
    days = {rec.answered_at.astimezone(dt.UTC).date() for rec in records}
    weeks = {day: week_key(day) for day in days}
    rows = await driver.fetch(
        RECORD_ANSWERS,
        [
            (
                rec.user_id,
                rec.guild_id,
                rec.briefing_id,
                rec.question_id,
                rec.section_id,
                rec.correct,
                rec.seconds,
                rec.answered_at,
                rec.session_id,
                rec.given,
            )
            for rec in records
        ],
        list(weeks),
        list(weeks.values()),
        read_reviews,
    )
    stored: dict[QuestionKey, ReviewState] = {}
    repeats: set[AnswerKey] = set()
    for session, user, briefing, question, card, due, mastered in rows:
        if session is None:
            stored[(user, briefing, question)] = ReviewState(
                card, due.astimezone(dt.UTC), bool(mastered)
            )
        else:
            repeats.add((session, user, briefing, question))
    return stored, repeats


async def _abandon(conn: AsyncConnection, driver: Any, error: BaseException) -> None:
    """End a failed batch's transaction: roll back, or drop the connection if it cannot answer.

    After a time-out, a lost connection or a cancellation the server may not answer a rollback
    in time (or the connection is mid-message): dropping it rolls the transaction back too.
    """
    if not driver.is_closed() and not isinstance(error, (TimeoutError, asyncio.CancelledError)):
        try:
            if driver.is_in_transaction():
                await driver.execute("ROLLBACK")
            return
        except Exception:  # any failure here leaves the connection unusable
            pass
    await conn.invalidate()


def _aware(value: dt.datetime) -> dt.datetime:
    if value.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
    return value
