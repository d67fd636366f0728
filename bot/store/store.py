"""The store: one repository per area, built over one database and handed out as attributes.

Open it with `open_store(url)`, which migrates the schema first. Answers (and saved
sessions) go through a group commit writer (see `bot.store.writer`); everything else is a
short transaction of its own through the plain SQL port (`bot.store.sql`). All times are
timezone-aware and come back in UTC. Users appear only as ids. Each repository implements
its port from `bot.core`; the application names those ports (`bot.core.store_port.AppStore`),
never this class.

On SQLite nothing here imports SQLAlchemy: the repositories, the answer writer and the
reader run plain `sqlite3`, and start-up reads the schema's version itself; SQLAlchemy and
Alembic are imported only to migrate (`bot.store.migrate`). PostgreSQL runs on SQLAlchemy's
`AsyncEngine` and asyncpg.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from bot.store import migrate
from bot.store.answers import SqlAnswers
from bot.store.briefing_posts import SqlBriefingPosts
from bot.store.class_repos import SqlAssignments, SqlClassResults, SqlQuestionReports
from bot.store.dialect import Clock, utc_now
from bot.store.personal_data import SqlPersonalData
from bot.store.preferences import SqlPreferences
from bot.store.progress import SqlProgress
from bot.store.reviews import SqlReviews
from bot.store.schedules import SqlSchedules
from bot.store.server_briefings import SqlServerBriefings
from bot.store.server_courses import SqlServerCourses
from bot.store.sessions import SqlSessions
from bot.store.settings import SqlSettings
from bot.store.sql import SqlDatabase, open_sql
from bot.store.sqlite_reader import SqliteReader
from bot.store.sqlite_sql import SqliteSql
from bot.store.wal_heal import WalHealer
from bot.store.writer import WriterClosedError, WriterStats

__all__ = ["Clock", "Store", "StoreClosedError", "open_store"]

StoreClosedError = WriterClosedError
"""Raised when the store is used after `close()`."""


async def open_store(url: str, *, clock: Clock = utc_now) -> Store:
    """Open the database at `url`, apply pending migrations, and start the answer writer.

    `url` is `sqlite:///path/file.sqlite3` (the folder is created; `sqlite+aiosqlite:` is
    read the same) or `postgresql://user:password@host/db` (asyncpg). `clock` stamps
    bookkeeping times (claims, updates), not answers.
    """
    sql = open_sql(url)
    try:
        if not await migrate.is_current(sql):
            await migrate.upgrade(url)  # imports SQLAlchemy and Alembic
    except BaseException:
        await sql.close()
        raise
    return Store(sql, clock=clock)


class Store:
    """The repositories over one database, and the database's lifetime.

    Build it with `open_store`. Safe for many concurrent callers on one event loop, and for
    several processes sharing one database (PostgreSQL, or SQLite on one machine).
    """

    def __init__(self, sql: SqlDatabase, *, clock: Clock = utc_now) -> None:
        self._sql = sql
        self._reader: SqliteReader | None = None
        """SQLite: the plain reader for reads on every interaction's path."""
        self._healer: WalHealer | None = None
        """SQLite: closes every connection when the `-wal` file is removed under the bot."""
        if isinstance(sql, SqliteSql):
            self._reader = SqliteReader(sql.path, sql.watch)
            if sql.watch is not None:
                self._healer = WalHealer(sql.watch.wal, self._release_connections)
        self.answers = SqlAnswers(sql, clock)
        """Answers, each with its review state (`bot.core.ports.AnswerRepository`)."""
        writer = self.answers.writer
        self.reviews = SqlReviews(sql, clock)
        """Review state (`bot.core.ports.ReviewRepository`)."""
        self.sessions = SqlSessions(sql, writer)
        """Saved sessions (`bot.core.ports.SessionRepository`)."""
        self.progress = SqlProgress(sql, writer)
        """Scores and leaderboards (`bot.core.ports.ProgressRepository`)."""
        self.personal_data = SqlPersonalData(sql, writer)
        """A user's own data (`bot.core.ports.PersonalDataRepository`)."""
        self.schedules = SqlSchedules(sql, clock)
        """Schedules and runs (`bot.core.schedule_runner.ScheduleStore`)."""
        self.settings = SqlSettings(sql, clock)
        """Server settings (`bot.core.server_settings.SettingsStore`)."""
        self.preferences = SqlPreferences(sql, clock, self._reader)
        """Students' reading preferences (`bot.core.preferences.PreferencesStore`)."""
        self.server_briefings = SqlServerBriefings(sql, clock)
        """Each server's own briefings (`bot.core.content.ports.ServerBriefingRepository`)."""
        self.server_courses = SqlServerCourses(sql)
        """Each server's own courses (`bot.core.server_courses.CourseRepository`)."""
        self.assignments = SqlAssignments(sql)
        """Class mode: assignments and submissions."""
        self.class_results = SqlClassResults(sql)
        """Class mode: the figures of class reports."""
        self.question_reports = SqlQuestionReports(sql)
        """Class mode: question reports and the servers' overrides."""
        self.briefing_posts = SqlBriefingPosts(sql)
        """Each channel's last post of each briefing part (`/post`)."""

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._sql.backend

    @property
    def stats(self) -> WriterStats:
        """How many answers and answer transactions the writer has committed."""
        return self.answers.stats

    async def _release_connections(self) -> None:
        """Checkpoint the WAL and close every connection; each opens again when next used."""
        await self.answers.release_connection()
        if self._reader is not None:
            await self._reader.release()
        await self._sql.close()

    async def close(self) -> None:
        """Write every queued answer, then release the database."""
        try:
            if self._healer is not None:
                await self._healer.close()
            await self.answers.close()
        finally:
            try:
                if self._reader is not None:
                    await self._reader.close()
            finally:
                await self._sql.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
