"""Saved sessions: solo and channel quizzes, questions of the day, reminders.

`SqlSessions` implements `bot.core.ports.SessionRepository`. Saves go through the answer
writer (`SqlAnswers.writer`), sharing transactions with answers (group commit).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from bot.core.progress import StoredSession
from bot.store.database import Database
from bot.store.engine import WRITE
from bot.store.schema import sessions
from bot.store.writer import GroupCommit, PendingSession

__all__ = ["SqlSessions"]


class SqlSessions:
    """Sessions kept as the caller's JSON until they expire (`SessionRepository`)."""

    def __init__(self, engine: Database, writer: GroupCommit) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._writer = writer

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
