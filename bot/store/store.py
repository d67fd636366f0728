"""The store: everything briefbot keeps, behind one small async interface.

Open it with `open_store(url)`, which migrates the schema first. Answers go through a group
commit writer (see `bot.store.writer`); everything else is a short transaction of its own.
All times are timezone-aware and come back in UTC. Users appear only as ids.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Table, case, delete, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.preferences import Chosen
from bot.core.progress import (
    Accuracy,
    AnswerRecord,
    DueReview,
    GuildSettings,
    LeaderboardEntry,
    ReviewState,
    Schedule,
    ScheduleRun,
    ScoreSummary,
    StoredSession,
)
from bot.store import migrate, totals
from bot.store.batch_sql import BatchStatements, PostgresStatements, SqliteStatements
from bot.store.class_repos import SqlAssignments, SqlClassResults, SqlQuestionReports
from bot.store.engine import WRITE, create_engine, create_sqlite_writer
from bot.store.schema import (
    answers,
    assignments,
    guild_settings,
    learner_preferences,
    learner_totals,
    question_reports,
    reviews,
    schedule_runs,
    schedules,
    sessions,
    submissions,
)
from bot.store.server_briefings import SqlServerBriefings
from bot.store.writer import (
    AnswerWriter,
    PendingAnswer,
    PendingSession,
    PendingWrite,
    ReviewUpdate,
    WriterClosedError,
    WriterStats,
)

__all__ = ["Clock", "Store", "StoreClosedError", "open_store"]

Clock = Callable[[], dt.datetime]
StoreClosedError = WriterClosedError
"""Raised when the store is used after `close()`."""

_LOOK_AT_ONCE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""`next_run_at` of a schedule no scheduler has planned yet: due at any time."""
_SETTING_FIELDS = frozenset(f.name for f in dataclasses.fields(GuildSettings)) - {"guild_id"}
_CORRECT = func.coalesce(func.sum(case((answers.c.correct, 1), else_=0)), 0)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def open_store(url: str, *, clock: Clock = _utc_now) -> Store:
    """Open the database at `url`, apply pending migrations, and start the answer writer.

    `url` is `sqlite+aiosqlite:///path/file.sqlite3` (the folder is created) or
    `postgresql+asyncpg://user:password@host/db`; plain `sqlite:` and `postgresql:` URLs get
    the async driver. `clock` stamps bookkeeping times (claims, updates), not answers.
    """
    engine = create_engine(url)
    try:
        await migrate.upgrade(engine)
    except BaseException:
        await engine.dispose()
        raise
    return Store(engine, clock=clock)


class Store:
    """Persistence for answers, review state, sessions, schedules and server settings.

    Build it with `open_store`. Safe for many concurrent callers on one event loop, and for
    several processes sharing one database (PostgreSQL, or SQLite on one machine).
    """

    def __init__(self, engine: AsyncEngine, *, clock: Clock = _utc_now) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        self._sql: BatchStatements = (
            SqliteStatements() if self.backend == "sqlite" else PostgresStatements()
        )
        # SQLite: the writer's batches run whole in one worker thread on a synchronous engine.
        self._sync_write: Engine | None = None
        self._write_thread: ThreadPoolExecutor | None = None
        if self.backend == "sqlite":
            self._sync_write = create_sqlite_writer(engine.url)
            self._write_thread = ThreadPoolExecutor(1, thread_name_prefix="briefbot-writer")
        self._writer = AnswerWriter(self._write_batch)
        self.server_briefings = SqlServerBriefings(engine, clock)
        """Each server's own briefings (`bot.core.content.ports.ServerBriefingRepository`)."""
        self.assignments = SqlAssignments(engine)
        """Class mode: assignments and submissions."""
        self.class_results = SqlClassResults(engine)
        """Class mode: the figures of class reports."""
        self.question_reports = SqlQuestionReports(engine)
        """Class mode: question reports and the servers' overrides."""

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._engine.dialect.name

    @property
    def stats(self) -> WriterStats:
        """How many answers and answer transactions the writer has committed."""
        return self._writer.stats

    async def close(self) -> None:
        """Write every queued answer, then release the database."""
        try:
            await self._writer.close()
        finally:
            try:
                if self._write_thread is not None and self._sync_write is not None:
                    await asyncio.get_running_loop().run_in_executor(
                        self._write_thread, self._sync_write.dispose
                    )
                    self._write_thread.shutdown()
            finally:
                await self._engine.dispose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # --- answers and review state -------------------------------------------------------

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

    async def _write_batch(self, batch: Sequence[PendingWrite]) -> list[bool]:
        """Write answers and sessions in one transaction; per write, whether it was new."""
        if self._sync_write is not None:
            return await asyncio.get_running_loop().run_in_executor(
                self._write_thread, self._write_batch_in_thread, batch
            )
        async with self._write.begin() as conn:
            return await conn.run_sync(self._write_in, batch)

    def _write_batch_in_thread(self, batch: Sequence[PendingWrite]) -> list[bool]:
        assert self._sync_write is not None
        with self._sync_write.begin() as conn:
            return self._write_in(conn, batch)

    def _write_in(self, conn: Connection, batch: Sequence[PendingWrite]) -> list[bool]:
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

    def _write_answers(self, conn: Connection, batch: Sequence[PendingAnswer]) -> list[bool]:
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

    def _write_sessions(self, conn: Connection, batch: Sequence[PendingSession]) -> None:
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
        conn: AsyncConnection,
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

    # --- progress -----------------------------------------------------------------------

    async def score(self, user_id: int, guild_id: int | None, now: dt.datetime) -> ScoreSummary:
        """A user's progress: in one server, or everywhere when `guild_id` is None."""
        where = [answers.c.user_id == user_id]
        if guild_id is not None:
            where.append(answers.c.guild_id == guild_id)
        async with self._engine.connect() as conn:
            groups = await conn.execute(
                select(answers.c.briefing_id, answers.c.section_id, _CORRECT, func.count())
                .where(*where)
                .group_by(answers.c.briefing_id, answers.c.section_id)
            )
            days = await conn.scalars(
                select(answers.c.answered_day)
                .where(*where)
                .distinct()
                .order_by(answers.c.answered_day.desc())
            )
            day_list = list(days)
            review_counts = (
                await conn.execute(
                    select(
                        func.coalesce(func.sum(case((reviews.c.mastered, 1), else_=0)), 0),
                        func.coalesce(func.sum(case((reviews.c.due <= now, 1), else_=0)), 0),
                    ).where(reviews.c.user_id == user_id)
                )
            ).one()
            group_rows = list(groups)
        by_briefing: dict[str, Accuracy] = {}
        by_section: dict[tuple[str, str], Accuracy] = {}
        overall = Accuracy()
        for briefing_id, section_id, correct, answered in group_rows:
            part = Accuracy(int(correct), int(answered))
            overall = _add(overall, part)
            by_briefing[briefing_id] = _add(by_briefing.get(briefing_id, Accuracy()), part)
            if section_id is not None:
                by_section[(briefing_id, section_id)] = part
        return ScoreSummary(
            overall=overall,
            by_briefing=by_briefing,
            by_section=by_section,
            streak_days=_streak(day_list, now.astimezone(dt.UTC).date()),
            mastered=int(review_counts[0]),
            due=int(review_counts[1]),
        )

    async def leaderboard(
        self, guild_id: int, week: dt.date | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """A server's top learners: all time, or in the week (Monday to Sunday, UTC) of `week`.

        Ranked by right answers, then by fewer answers given; equal on both, equal rank
        (see `LeaderboardEntry`). A week's board lists only learners with a right answer in
        it. Read from the learners' totals (`bot.store.totals`), never from the answers.
        """
        async with self._engine.connect() as conn:
            rows = await conn.execute(totals.top_query(guild_id, week, limit))
            return totals.ranked(rows)

    async def rank_of(
        self, guild_id: int, user_id: int, week: dt.date | None = None
    ) -> LeaderboardEntry | None:
        """The user's own leaderboard row, wherever it is; None if they are not on the board."""
        async with self._engine.connect() as conn:
            return await conn.run_sync(totals.rank_of, guild_id, user_id, week)

    async def rescore_question(
        self,
        guild_id: int,
        briefing_id: str,
        question_id: str,
        *,
        correct: bool,
        user_ids: Collection[int] | None = None,
    ) -> int:
        """Mark a question's answers in one server right (or wrong), e.g. once a moderator
        accepts another answer; only `user_ids`' answers if given. Returns how many changed;
        scores and leaderboards follow in the same transaction."""
        await self._writer.flush()
        async with self._write.begin() as conn:
            return await conn.run_sync(
                lambda sync: totals.rescore(
                    sync, guild_id, briefing_id, question_id, correct=correct, user_ids=user_ids
                )
            )

    # --- the user's own data --------------------------------------------------------------

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """Everything kept about a user, JSON-ready: one dict per row, `record` says of what.

        Records: "answer" (oldest first), "review", "preferences", "session", "schedule" and
        "assignment" (ones they made), "submission" (their attempts at assignments) and
        "question_report" (problems they reported).
        """
        await self._writer.flush()
        out: list[dict[str, Any]] = []
        async with self._engine.connect() as conn:
            for record, table, column, order in (
                ("answer", answers, answers.c.user_id, (answers.c.answered_at, answers.c.id)),
                ("review", reviews, reviews.c.user_id, (reviews.c.briefing_id,)),
                (
                    "preferences",
                    learner_preferences,
                    learner_preferences.c.user_id,
                    (learner_preferences.c.user_id,),
                ),
                ("session", sessions, sessions.c.owner_id, (sessions.c.session_id,)),
                ("schedule", schedules, schedules.c.created_by, (schedules.c.id,)),
                ("assignment", assignments, assignments.c.created_by, (assignments.c.id,)),
                (
                    "submission",
                    submissions,
                    submissions.c.user_id,
                    (submissions.c.assignment_id,),
                ),
                (
                    "question_report",
                    question_reports,
                    question_reports.c.user_id,
                    (question_reports.c.id,),
                ),
            ):
                rows = await conn.execute(select(table).where(column == user_id).order_by(*order))
                out.extend({"record": record, **_jsonable(row)} for row in rows.mappings())
        for row in out:
            row.pop("answered_day", None)
        return out

    async def forget_user(self, user_id: int) -> int:
        """Delete everything kept about a user; returns how many records were removed.

        Answers, review states, preferences, sessions, submissions and question reports they own are
        deleted. Schedules and assignments they made stay for their server, with the author
        erased, as do reports they resolved as a moderator.
        """
        await self._writer.flush()
        async with self._write.begin() as conn:
            count = 0
            # derived from their answers, so not counted as records of their own; first, so
            # that an answer committed meanwhile (PostgreSQL) is waited for and goes too
            await conn.execute(delete(learner_totals).where(learner_totals.c.user_id == user_id))
            for table, column in (
                (answers, answers.c.user_id),
                (reviews, reviews.c.user_id),
                (learner_preferences, learner_preferences.c.user_id),
                (sessions, sessions.c.owner_id),
                (submissions, submissions.c.user_id),
                (question_reports, question_reports.c.user_id),
            ):
                count += (await conn.execute(delete(table).where(column == user_id))).rowcount
            for table, column in (
                (schedules, schedules.c.created_by),
                (assignments, assignments.c.created_by),
                (question_reports, question_reports.c.resolved_by),
            ):
                count += (
                    await conn.execute(
                        update(table).where(column == user_id).values({column: None})
                    )
                ).rowcount
        return count

    # --- quiz sessions ------------------------------------------------------------------

    async def save_session(
        self,
        session_id: str,
        kind: str,
        owner_id: int,
        guild_id: int | None,
        channel_id: int | None,
        state: str,
        expires_at: dt.datetime,
    ) -> None:
        """Create or replace a session; `state` is the caller's JSON, kept as it is.

        Returns once committed; saves from concurrent callers share transactions with each
        other and with answers (group commit).
        """
        await self._writer.submit(
            PendingSession(session_id, kind, owner_id, guild_id, channel_id, state, expires_at)
        )

    async def load_session(
        self, session_id: str, now: dt.datetime | None = None
    ) -> StoredSession | None:
        """A saved session; None if there is none or, when `now` is given, it has expired."""
        async with self._engine.connect() as conn:
            row = (
                (await conn.execute(select(sessions).where(sessions.c.session_id == session_id)))
                .mappings()
                .one_or_none()
            )
        if row is None:
            return None
        session = StoredSession(**row)
        return None if now is not None and session.expired(now) else session

    async def active_sessions(
        self,
        now: dt.datetime,
        *,
        owner_id: int | None = None,
        kind: str | None = None,
        expires_by: dt.datetime | None = None,
    ) -> list[StoredSession]:
        """Sessions not yet expired at `now`, optionally one owner's or one kind's, oldest first.

        With `expires_by`, only those expiring by then (read by index, with `kind`).
        """
        query = select(sessions).where(sessions.c.expires_at > now)
        if expires_by is not None:
            query = query.where(sessions.c.expires_at <= expires_by)
        if owner_id is not None:
            query = query.where(sessions.c.owner_id == owner_id)
        if kind is not None:
            query = query.where(sessions.c.kind == kind)
        async with self._engine.connect() as conn:
            rows = await conn.execute(query.order_by(sessions.c.updated_at, sessions.c.session_id))
            return [StoredSession(**row) for row in rows.mappings()]

    async def end_session(self, session_id: str) -> bool:
        """Delete a session; False if there was none. Its answers stay recorded."""
        async with self._write.begin() as conn:
            result = await conn.execute(delete(sessions).where(sessions.c.session_id == session_id))
        return result.rowcount > 0

    async def end_sessions(self, session_ids: list[str]) -> int:
        """Delete several sessions in one transaction; how many there were."""
        if not session_ids:
            return 0
        async with self._write.begin() as conn:
            result = await conn.execute(
                delete(sessions).where(sessions.c.session_id.in_(session_ids))
            )
        return result.rowcount

    async def purge_expired_sessions(self, now: dt.datetime) -> int:
        """Delete sessions that expired by `now`; returns how many."""
        async with self._write.begin() as conn:
            result = await conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
        return result.rowcount

    # --- schedules ----------------------------------------------------------------------

    async def add_schedule(self, schedule: Schedule) -> Schedule:
        """Store a new schedule; returns it with the id the store gave it.

        The next `due_schedules` includes it, whatever its time: planning it settles its runs.
        """
        async with self._write.begin() as conn:
            new_id = (
                await conn.execute(
                    schedules.insert()
                    .values(
                        guild_id=schedule.guild_id,
                        channel_id=schedule.channel_id,
                        briefing_id=schedule.briefing_id,
                        what=schedule.what,
                        recurrence=schedule.recurrence,
                        at=schedule.at.isoformat(),
                        timezone=schedule.timezone,
                        weekday=schedule.weekday,
                        created_by=schedule.created_by,
                        created_at=self._clock(),
                        next_run_at=_LOOK_AT_ONCE,
                    )
                    .returning(schedules.c.id)
                )
            ).scalar_one()
        return dataclasses.replace(schedule, id=new_id)

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        """One server's schedules, or every server's when `guild_id` is None, oldest first."""
        query = select(schedules).order_by(schedules.c.id)
        if guild_id is not None:
            query = query.where(schedules.c.guild_id == guild_id)
        async with self._engine.connect() as conn:
            rows = await conn.execute(query)
            return [_schedule(row) for row in rows.mappings()]

    async def due_schedules(self, now: dt.datetime) -> list[Schedule]:
        """Every server's schedules a scheduler needs to look at by `now`, earliest first.

        Read by index (`next_run_at`): the cost follows what is due, not how many exist.
        """
        query = (
            select(schedules)
            .where(schedules.c.next_run_at <= now)
            .order_by(schedules.c.next_run_at, schedules.c.id)
        )
        async with self._engine.connect() as conn:
            rows = await conn.execute(query)
            return [_schedule(row) for row in rows.mappings()]

    async def set_next_look(self, schedule_id: int, when: dt.datetime) -> None:
        """When a scheduler next needs to look at a schedule (`bot.core.schedule.next_look`)."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(schedules).where(schedules.c.id == schedule_id).values(next_run_at=when)
            )

    async def remove_schedule(self, guild_id: int, schedule_id: int) -> bool:
        """Delete a server's schedule and its run history; False if it has no such schedule."""
        async with self._write.begin() as conn:
            await conn.execute(
                delete(schedule_runs).where(
                    schedule_runs.c.schedule_id.in_(
                        select(schedules.c.id).where(
                            schedules.c.id == schedule_id, schedules.c.guild_id == guild_id
                        )
                    )
                )
            )
            result = await conn.execute(
                delete(schedules).where(
                    schedules.c.id == schedule_id, schedules.c.guild_id == guild_id
                )
            )
        return result.rowcount > 0

    async def claim_run(self, schedule_id: int, run_key: str, claimed_by: str) -> bool:
        """Claim one run of a schedule before posting it; True for exactly one claimer ever.

        `run_key` names the run (e.g. the scheduled time in ISO form); `claimed_by` names the
        process, for diagnosis. False if someone claimed it already or the schedule is gone.
        """
        try:
            async with self._write.begin() as conn:
                exists = await conn.scalar(
                    select(schedules.c.id).where(schedules.c.id == schedule_id)
                )
                if exists is None:
                    return False
                result = await conn.execute(
                    self._insert(schedule_runs)
                    .values(
                        schedule_id=schedule_id,
                        run_key=run_key,
                        claimed_by=claimed_by,
                        claimed_at=self._clock(),
                    )
                    .on_conflict_do_nothing()
                )
                return result.rowcount == 1
        except IntegrityError:  # the schedule was removed while we claimed
            return False

    async def mark_run_posted(
        self, schedule_id: int, run_key: str, message_id: int | None = None
    ) -> bool:
        """Note that a claimed run was posted; False if there is no such claimed run."""
        async with self._write.begin() as conn:
            result = await conn.execute(
                update(schedule_runs)
                .where(
                    schedule_runs.c.schedule_id == schedule_id,
                    schedule_runs.c.run_key == run_key,
                )
                .values(posted_at=self._clock(), message_id=message_id)
            )
            await conn.execute(
                update(schedules)
                .where(schedules.c.id == schedule_id, schedules.c.failures > 0)
                .values(failures=0, last_error=None)
            )
        return result.rowcount > 0

    async def record_run_failure(
        self, schedule_id: int, reason: str, pause_after: int
    ) -> Schedule | None:
        """Count one more failed post in a row (pausing at `pause_after`); the schedule now."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(schedules)
                .where(schedules.c.id == schedule_id)
                .values(
                    failures=schedules.c.failures + 1,
                    last_error=reason[:200],
                    paused=schedules.c.paused | (schedules.c.failures + 1 >= pause_after),
                )
            )
            row = (
                (await conn.execute(select(schedules).where(schedules.c.id == schedule_id)))
                .mappings()
                .one_or_none()
            )
        return None if row is None else _schedule(row)

    async def get_run(self, schedule_id: int, run_key: str) -> ScheduleRun | None:
        """A claimed run, with whether and when it was posted."""
        async with self._engine.connect() as conn:
            row = (
                (
                    await conn.execute(
                        select(schedule_runs).where(
                            schedule_runs.c.schedule_id == schedule_id,
                            schedule_runs.c.run_key == run_key,
                        )
                    )
                )
                .mappings()
                .one_or_none()
            )
        return None if row is None else ScheduleRun(**row)

    # --- server settings ----------------------------------------------------------------

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, the defaults for anything never changed."""
        async with self._engine.connect() as conn:
            return await self._settings(conn, guild_id)

    async def update_settings(self, guild_id: int, /, **changes: Any) -> GuildSettings:
        """Change some of a server's settings, leaving the others; returns the result.

        Keys are `GuildSettings` fields; an unknown key or a bad value raises ValueError and
        changes nothing.
        """
        unknown = set(changes) - _SETTING_FIELDS
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        defaults = GuildSettings(guild_id)
        dataclasses.replace(defaults, **changes)  # validates the new values
        values = {name: getattr(defaults, name) for name in _SETTING_FIELDS} | changes
        values["updated_at"] = self._clock()
        set_ = {**changes, "updated_at": values["updated_at"]}
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(guild_settings)
                .values(guild_id=guild_id, **values)
                .on_conflict_do_update(index_elements=[guild_settings.c.guild_id], set_=set_)
            )
            return await self._settings(conn, guild_id)

    @staticmethod
    async def _settings(conn: AsyncConnection, guild_id: int) -> GuildSettings:
        row = (
            (
                await conn.execute(
                    select(guild_settings).where(guild_settings.c.guild_id == guild_id)
                )
            )
            .mappings()
            .one_or_none()
        )
        if row is None:
            return GuildSettings(guild_id)
        return GuildSettings(
            guild_id=guild_id,
            moderator_role_id=row["moderator_role_id"],
            quiz_timer_seconds=row["quiz_timer_seconds"],
            untimed_default=bool(row["untimed_default"]),
            default_briefing=row["default_briefing"],
            qotd_channel_id=row["qotd_channel_id"],
            language=row["language"],
            text_only_default=bool(row["text_only_default"]),
        )

    # --- students' preferences --------------------------------------------------------

    async def get_preferences(self, user_id: int) -> Chosen:
        """A student's reading preferences (all None when they never chose)."""
        async with self._engine.connect() as conn:
            row = (
                (
                    await conn.execute(
                        select(learner_preferences).where(learner_preferences.c.user_id == user_id)
                    )
                )
                .mappings()
                .one_or_none()
            )
        return Chosen() if row is None else Chosen(row["text_only"], row["untimed"])

    async def preferences_of(
        self, user_ids: Collection[int], guild_ids: Collection[int] = ()
    ) -> tuple[dict[int, Chosen], dict[int, bool]]:
        """The choices of the students among `user_ids` who ever chose, and the text-only
        default of each server among `guild_ids` that has settings (one connection)."""
        chosen: dict[int, Chosen] = {}
        defaults: dict[int, bool] = {}
        async with self._engine.connect() as conn:
            if user_ids:
                query = select(learner_preferences).where(
                    learner_preferences.c.user_id.in_(list(user_ids))
                )
                for row in (await conn.execute(query)).mappings():
                    chosen[row["user_id"]] = Chosen(row["text_only"], row["untimed"])
            if guild_ids:
                settings = select(guild_settings.c.guild_id, guild_settings.c.text_only_default)
                settings = settings.where(guild_settings.c.guild_id.in_(list(guild_ids)))
                for guild_id, text_only in await conn.execute(settings):
                    defaults[guild_id] = bool(text_only)
        return chosen, defaults

    async def set_preferences(
        self, user_id: int, *, text_only: bool | None, untimed: bool | None
    ) -> Chosen:
        """Change the preferences given (None keeps one as it is); returns the result."""
        changes = {
            name: value
            for name, value in (("text_only", text_only), ("untimed", untimed))
            if value is not None
        }
        values = {"text_only": text_only, "untimed": untimed, "updated_at": self._clock()}
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(learner_preferences)
                .values(user_id=user_id, **values)
                .on_conflict_do_update(
                    index_elements=[learner_preferences.c.user_id],
                    set_={**changes, "updated_at": values["updated_at"]},
                )
            )
        return await self.get_preferences(user_id)

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students chose untimed."""
        if not user_ids:
            return set()
        query = select(learner_preferences.c.user_id).where(
            learner_preferences.c.user_id.in_(list(user_ids)),
            learner_preferences.c.untimed.is_(True),
        )
        async with self._engine.connect() as conn:
            return set((await conn.scalars(query)).all())

    # --- helpers ------------------------------------------------------------------------

    def _insert(self, table: Table) -> Any:
        """An INSERT with ON CONFLICT support in this backend's dialect."""
        return _dialect_insert(self.backend)(table)


def _dialect_insert(backend: str) -> Callable[[Table], Any]:
    """The backend's INSERT with ON CONFLICT support (only that dialect's module is loaded)."""
    if backend == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


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


def _schedule(row: Any) -> Schedule:
    at = row["at"]
    return Schedule(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        briefing_id=row["briefing_id"],
        what=row["what"],
        recurrence=row["recurrence"],
        at=dt.datetime.fromisoformat(at) if "T" in at else dt.time.fromisoformat(at),
        timezone=row["timezone"],
        weekday=row["weekday"],
        created_by=row["created_by"],
        failures=row["failures"],
        last_error=row["last_error"],
        paused=row["paused"],
    )


def _add(a: Accuracy, b: Accuracy) -> Accuracy:
    return Accuracy(a.correct + b.correct, a.answered + b.answered)


def _streak(days_desc: list[dt.date], today: dt.date) -> int:
    """Consecutive days ending today, or yesterday if today has no answer yet."""
    days_desc = [day for day in days_desc if day <= today]
    if not days_desc or days_desc[0] < today - dt.timedelta(days=1):
        return 0
    streak, expected = 0, days_desc[0]
    for day in days_desc:
        if day != expected:
            break
        streak += 1
        expected = day - dt.timedelta(days=1)
    return streak


def _jsonable(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dt.datetime | dt.date | dt.time):
            value = value.isoformat()
        elif isinstance(value, bool) or value is None or isinstance(value, int | float | str):
            pass
        else:
            value = str(value)
        out[key] = value
    return out
