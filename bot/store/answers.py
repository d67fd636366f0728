"""Answers: recorded through the group commit writer, and read back per session.

`SqlAnswers` implements `bot.core.ports.AnswerRepository`. It owns the answer writer
(`bot.store.writer`), which also commits saved sessions (`SqlSessions`) in the same
transactions; on SQLite the writer is a thread of its own that callers hand their writes to
directly (`bot.store.thread_writer`).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence

from bot.core.progress import AnswerRecord, ReviewState
from bot.store import totals
from bot.store.batch_plan import next_reviews, plan_answers, question_key
from bot.store.batch_sql import DriverSql, SqliteStatements
from bot.store.dialect import Clock
from bot.store.sql import Row, SqlDatabase, read_bool, read_time
from bot.store.sqlite_sql import SqliteSql
from bot.store.sqlite_writer import SqliteWriter
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

    def __init__(self, sql: SqlDatabase, clock: Clock) -> None:
        self._clock = clock
        self._port = sql
        """The plain SQL port, for reads (the writer has its own connection)."""
        self._sql = SqliteStatements()
        # SQLite: the writer's batches run whole in its own thread on a plain sqlite3 connection.
        self._writer: GroupCommit
        self._release: Callable[[], Awaitable[None]] | None = None
        self._thread: ThreadWriter | None = None
        if isinstance(sql, SqliteSql):
            sqlite = SqliteWriter(sql.path, sql.watch)
            thread = ThreadWriter(
                functools.partial(self._write_batch_in_thread, sqlite), on_stop=sqlite.close
            )
            self._writer = self._thread = thread
            self._release = functools.partial(thread.run_in_thread, sqlite.release)
        else:  # PostgreSQL: on asyncpg directly, two independent batches at a time
            from bot.store.pg_batch import PostgresBatches
            from bot.store.postgres_sql import PostgresSql

            if not isinstance(sql, PostgresSql):
                raise TypeError(f"PostgreSQL answers need a PostgresSql, got {type(sql)!r}")
            self._writer = AnswerWriter(PostgresBatches(sql.engine, clock).write, overlap=2)

    @property
    def writer(self) -> GroupCommit:
        """The group commit writer, shared with the repositories that write through it."""
        return self._writer

    @property
    def stats(self) -> WriterStats:
        """How many answers and answer transactions the writer has committed."""
        return self._writer.stats

    async def release_connection(self) -> None:
        """SQLite: write the WAL into the database file and close the writer's connection
        (the next batch opens a new one). Nothing to do on PostgreSQL."""
        if self._release is not None:
            await self._release()

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
        return await self._writer.begin(PendingAnswer(rec, review))  # no `submit` coroutine

    def begin_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | ReviewUpdate | None = None,
        flushing: asyncio.Future[None] | None = None,
    ) -> asyncio.Future[bool]:
        """`record_answer`, queued now: the commit runs while the caller goes on, and the
        future resolves (True if new) once the answer and its review state are committed.

        `flushing` is resolved once the loop's work no longer delays the commit: on SQLite
        when the answer's SQL is done in the writer thread and its commit's flush begins;
        on PostgreSQL (the writer works on the loop, waiting on the server) at once.
        """
        if self._thread is None:
            if flushing is not None and not flushing.done():
                flushing.set_result(None)
            return self._writer.begin(PendingAnswer(rec, review))
        return self._thread.begin(PendingAnswer(rec, review), flushing)

    def _write_batch_in_thread(
        self, sqlite: SqliteWriter, batch: Sequence[PendingWrite]
    ) -> list[bool]:
        """SQLite: the same, on the writer thread's own `sqlite3` connection."""
        with sqlite.transaction() as conn:
            new = self._write_in(conn, batch)
            if self._thread is not None:
                self._thread.committing()  # the rest is the COMMIT's flush, GIL let go
            return new

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

        The answers go in as one multi-row `INSERT ... ON CONFLICT DO NOTHING`; when it adds
        fewer rows than it was given, the new ones are read back (see `bot.store.batch_plan`
        and `SqliteStatements.insert_answers`). Review states given as functions get the
        stored states, read in one query before the insert, and the states then go in as one
        upsert. Rows go in a fixed order, so two processes writing
        overlapping batches rarely deadlock (the writer retries a failed batch one by one).
        """
        plan = plan_answers(batch)
        # The review states the answers may move, read in one step with the answers' last id,
        # by which the insert tells the new answers when some were stored already; a repeat's
        # state is read too and left unused (nothing else writes in between).
        asked = sorted({question_key(p.record) for p in batch if callable(p.review)})
        last_id, stored = self._sql.look_up(conn, asked)
        if plan.rows:
            plan.mark_inserted(self._sql.insert_answers(conn, plan.rows, last_id))
            totals.add_inserted(conn, last_id)  # the rows just inserted: the new answers
        new = plan.new
        states = next_reviews(batch, new, stored)
        if states:
            self._sql.upsert_reviews(conn, states, self._clock())
        return new

    def _write_sessions(self, conn: DriverSql, batch: Sequence[PendingSession]) -> None:
        """Save sessions in one upsert; for a session saved twice in a batch, the last wins."""
        latest = {saved.session_id: saved for saved in batch}
        self._sql.upsert_sessions(conn, [latest[k] for k in sorted(latest)], self._clock())

    async def session_answers(self, session_id: str) -> list[AnswerRecord]:
        """Every answer given in a session, oldest first (to resume a quiz or reveal results)."""
        rows = await self._port.rows(
            "SELECT user_id, guild_id, briefing_id, question_id, section_id, correct, seconds,"
            " answered_at, session_id, given FROM answers WHERE session_id = :session"
            " ORDER BY answered_at, id",
            {"session": session_id},
        )
        return [_answer_record(row) for row in rows]


def _answer_record(row: Row) -> AnswerRecord:
    user_id, guild_id, briefing_id, question_id, section_id, correct, seconds = row[:7]
    answered_at, session_id, given = row[7:]
    return AnswerRecord(
        user_id=user_id,
        guild_id=guild_id,
        briefing_id=briefing_id,
        question_id=question_id,
        section_id=section_id,
        correct=read_bool(correct),
        seconds=seconds,
        answered_at=read_time(answered_at),
        session_id=session_id,
        given=given,
    )
