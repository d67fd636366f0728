"""Answers: recorded through the group commit writer, and read back per session.

`SqlAnswers` implements `bot.core.ports.AnswerRepository`. It owns the answer writer
(`bot.store.writer`), which also commits saved sessions (`SqlSessions`) in the same
transactions; on SQLite the writer is a thread of its own that callers hand their writes to
directly (`bot.store.thread_writer`).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.progress import AnswerRecord, ReviewState
from bot.store import totals
from bot.store.batch_sql import BatchStatements, DriverSql, PostgresStatements, SqliteStatements
from bot.store.dialect import Clock
from bot.store.engine import WRITE
from bot.store.schema import answers
from bot.store.sqlite_writer import SqliteWriter, open_sqlite_writer
from bot.store.thread_writer import ThreadWriter
from bot.store.writer import (
    AnswerWriter,
    GroupCommit,
    PendingAnswer,
    PendingSession,
    PendingWrite,
    ReviewUpdate,
    WriterStats,
)

__all__ = ["SqlAnswers"]


class SqlAnswers:
    """Answers and, with each, the question's new review state (`AnswerRepository`)."""

    def __init__(self, engine: AsyncEngine, clock: Clock) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        backend = engine.dialect.name
        self._sql: BatchStatements = (
            SqliteStatements() if backend == "sqlite" else PostgresStatements()
        )
        # SQLite: the writer's batches run whole in its own thread on a plain sqlite3 connection.
        self._writer: GroupCommit
        if backend == "sqlite":
            sqlite = open_sqlite_writer(engine.url)
            self._writer = ThreadWriter(
                functools.partial(self._write_batch_in_thread, sqlite), on_stop=sqlite.close
            )
        else:
            self._writer = AnswerWriter(self._write_batch)

    @property
    def writer(self) -> GroupCommit:
        """The group commit writer, shared with the repositories that write through it."""
        return self._writer

    @property
    def stats(self) -> WriterStats:
        """How many answers and answer transactions the writer has committed."""
        return self._writer.stats

    async def close(self) -> None:
        """Write every queued answer and session, then stop the writer (and its thread)."""
        await self._writer.close()

    async def record_answer(
        self, rec: AnswerRecord, review: ReviewState | ReviewUpdate | None = None
    ) -> bool:
        """Record an answer and, with it, the question's new review state; True if new.

        `review` is the new state, or a function from the stored state (None when the question
        was never answered) to the new one, called inside the answer's transaction: no extra
        read, and no update lost to a concurrent answer. Returns once both are committed. A
        repeat of an answer already recorded (same session, user, briefing and question)
        changes nothing, review state included, and returns False. Concurrent callers share
        transactions (group commit).
        """
        return await self._writer.submit(PendingAnswer(rec, review))

    def begin_answer(
        self, rec: AnswerRecord, review: ReviewState | ReviewUpdate | None = None
    ) -> asyncio.Future[bool]:
        """`record_answer`, queued now: the commit runs while the caller goes on, and the
        future resolves (True if new) once the answer and its review state are committed."""
        return self._writer.begin(PendingAnswer(rec, review))

    async def _write_batch(self, batch: Sequence[PendingWrite]) -> list[bool]:
        """Write answers and sessions in one transaction; per write, whether it was new."""
        async with self._write.begin() as conn:
            return await conn.run_sync(self._write_in, batch)

    def _write_batch_in_thread(
        self, sqlite: SqliteWriter, batch: Sequence[PendingWrite]
    ) -> list[bool]:
        """SQLite: the same, on the writer thread's own `sqlite3` connection."""
        with sqlite.transaction() as conn:
            return self._write_in(conn, batch)

    def _write_in(self, conn: DriverSql, batch: Sequence[PendingWrite]) -> list[bool]:
        answer_at = [i for i, w in enumerate(batch) if isinstance(w, PendingAnswer)]
        session_at = [i for i, w in enumerate(batch) if isinstance(w, PendingSession)]
        new = [True] * len(batch)
        if answer_at:
            written = self._write_answers(conn, [batch[i] for i in answer_at])  # type: ignore[misc]
            for i, was_new in zip(answer_at, written, strict=True):
                new[i] = was_new
        if session_at:
            self._write_sessions(conn, [batch[i] for i in session_at])  # type: ignore[misc]
        return new

    def _write_answers(self, conn: DriverSql, batch: Sequence[PendingAnswer]) -> list[bool]:
        """Every answer in one statement, then every review state in one more.

        The answers go in as one multi-row `INSERT ... ON CONFLICT DO NOTHING RETURNING`, so
        the rows that come back are exactly the new ones; a repeat of an answer (already
        stored, or earlier in this batch) is not new and moves no review state. Review states
        given as functions get the stored states, read in one query (locked on PostgreSQL),
        and are applied in submission order; the states then go in as one upsert, the last
        submitted per question winning. Rows go in a fixed order, so two processes writing
        overlapping batches rarely deadlock (the writer retries a failed batch one by one).
        """
        new = [False] * len(batch)
        first_of: dict[tuple[str, int, str, str], int] = {}
        rows: list[AnswerRecord] = []
        for i, pending in enumerate(batch):
            rec = pending.record
            if rec.session_id is None:
                new[i] = True  # without a session an answer has no key: always recorded
            else:
                key = (rec.session_id, rec.user_id, rec.briefing_id, rec.question_id)
                if key in first_of:
                    continue  # a repeat within this batch
                first_of[key] = i
            rows.append(rec)
        rows.sort(key=_question_key)
        if rows:
            for key in self._sql.insert_answers(conn, rows):
                if key[0] is not None:
                    new[first_of[key]] = True
        totals.add_answers(conn, [p.record for i, p in enumerate(batch) if new[i]])
        changes = [p for i, p in enumerate(batch) if new[i] and p.review is not None]
        if not changes:
            return new
        stored: dict[tuple[int, str, str], ReviewState] = {}
        wanted = sorted({_question_key(p.record) for p in changes if callable(p.review)})
        if wanted:
            stored = self._sql.stored_reviews(conn, wanted)
        latest: dict[tuple[int, str, str], ReviewState] = {}
        for pending in changes:
            question = _question_key(pending.record)
            review = pending.review
            if callable(review):
                review = review(latest[question] if question in latest else stored.get(question))
            assert review is not None
            latest[question] = review
        self._sql.upsert_reviews(conn, sorted(latest.items()), self._clock())
        return new

    def _write_sessions(self, conn: DriverSql, batch: Sequence[PendingSession]) -> None:
        """Save sessions in one upsert; for a session saved twice in a batch, the last wins."""
        latest = {saved.session_id: saved for saved in batch}
        self._sql.upsert_sessions(conn, [latest[k] for k in sorted(latest)], self._clock())

    async def session_answers(self, session_id: str) -> list[AnswerRecord]:
        """Every answer given in a session, oldest first (to resume a quiz or reveal results)."""
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(answers)
                .where(answers.c.session_id == session_id)
                .order_by(answers.c.answered_at, answers.c.id)
            )
            return [_answer_record(row) for row in rows.mappings()]


def _question_key(rec: AnswerRecord) -> tuple[int, str, str]:
    return (rec.user_id, rec.briefing_id, rec.question_id)


def _answer_record(row: Any) -> AnswerRecord:
    return AnswerRecord(
        user_id=row["user_id"],
        guild_id=row["guild_id"],
        briefing_id=row["briefing_id"],
        question_id=row["question_id"],
        section_id=row["section_id"],
        correct=bool(row["correct"]),
        seconds=row["seconds"],
        answered_at=row["answered_at"],
        session_id=row["session_id"],
        given=row["given"],
    )
