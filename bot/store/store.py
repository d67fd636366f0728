"""The store: one repository per area, built over one database and handed out as attributes.

Open it with `open_store(url)`, which migrates the schema first. Answers (and saved
sessions) go through a group commit writer (see `bot.store.writer`); everything else is a
short transaction of its own. All times are timezone-aware and come back in UTC. Users
appear only as ids. Each repository implements its port from `bot.core`; the application
names those ports (`bot.core.store_port.AppStore`), never this class.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from bot.store import migrate
from bot.store.answers import SqlAnswers
from bot.store.class_repos import SqlAssignments, SqlClassResults, SqlQuestionReports
from bot.store.database import Database
from bot.store.dialect import Clock, utc_now
from bot.store.engine import create_engine, watch_of
from bot.store.personal_data import SqlPersonalData
from bot.store.preferences import SqlPreferences
from bot.store.progress import SqlProgress
from bot.store.reviews import SqlReviews
from bot.store.schedules import SqlSchedules
from bot.store.server_briefings import SqlServerBriefings
from bot.store.sessions import SqlSessions
from bot.store.settings import SqlSettings
from bot.store.sql import SqlDatabase
from bot.store.sqlite_reader import SqliteReader, open_sqlite_reader
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
    engine = create_engine(url)
    try:
        await migrate.upgrade(engine)
    except BaseException:
        await engine.dispose()
        raise
    return Store(engine, clock=clock)


def _sql_over(engine: Database) -> SqlDatabase:
    """The plain SQL port on the same database: its own `sqlite3` connections on SQLite,
    the engine's pool on PostgreSQL."""
    if engine.dialect.name == "sqlite":
        from bot.store.sqlite_sql import SqliteSql

        assert engine.url.database is not None
        return SqliteSql(engine.url.database)
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.store.postgres_sql import PostgresSql

    assert isinstance(engine, AsyncEngine)
    return PostgresSql(engine)


class Store:
    """The repositories over one database, and the database's lifetime.

    Build it with `open_store`. Safe for many concurrent callers on one event loop, and for
    several processes sharing one database (PostgreSQL, or SQLite on one machine).
    """

    def __init__(self, engine: Database, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._sql = _sql_over(engine)
        """The plain SQL port the migrated repositories use (`bot.store.sql`)."""
        self._reader: SqliteReader | None = None
        """SQLite: the plain reader for reads on every interaction's path."""
        self._healer: WalHealer | None = None
        """SQLite: closes every connection when the `-wal` file is removed under the bot."""
        if engine.dialect.name == "sqlite":
            self._reader = open_sqlite_reader(engine.url)
        self.answers = SqlAnswers(engine, clock, self._sql)
        watch = watch_of(engine.url) if engine.dialect.name == "sqlite" else None
        if watch is not None:
            self._healer = WalHealer(watch.wal, self._release_connections)
        """Answers, each with its review state (`bot.core.ports.AnswerRepository`)."""
        writer = self.answers.writer
        self.reviews = SqlReviews(self._sql, clock)
        """Review state (`bot.core.ports.ReviewRepository`)."""
        self.sessions = SqlSessions(self._sql, writer)
        """Saved sessions (`bot.core.ports.SessionRepository`)."""
        self.progress = SqlProgress(self._sql, writer)
        """Scores and leaderboards (`bot.core.ports.ProgressRepository`)."""
        self.personal_data = SqlPersonalData(self._sql, writer)
        """A user's own data (`bot.core.ports.PersonalDataRepository`)."""
        self.schedules = SqlSchedules(self._sql, clock)
        """Schedules and runs (`bot.core.schedule_runner.ScheduleStore`)."""
        self.settings = SqlSettings(self._sql, clock)
        """Server settings (`bot.core.server_settings.SettingsStore`)."""
        self.preferences = SqlPreferences(self._sql, clock, self._reader)
        """Students' reading preferences (`bot.core.preferences.PreferencesStore`)."""
        self.server_briefings = SqlServerBriefings(self._sql, clock)
        """Each server's own briefings (`bot.core.content.ports.ServerBriefingRepository`)."""
        self.assignments = SqlAssignments(self._sql)
        """Class mode: assignments and submissions."""
        self.class_results = SqlClassResults(self._sql)
        """Class mode: the figures of class reports."""
        self.question_reports = SqlQuestionReports(self._sql)
        """Class mode: question reports and the servers' overrides."""

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._engine.dialect.name

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
        await self._engine.dispose()

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
                try:
                    await self._sql.close()
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
