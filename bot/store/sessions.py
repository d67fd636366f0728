"""Saved sessions: solo and channel quizzes, questions of the day, reminders.

`SqlSessions` implements `bot.core.ports.SessionRepository`. Saves go through the answer
writer (`SqlAnswers.writer`), sharing transactions with answers (group commit).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.core.progress import StoredSession
from bot.store.sql import Row, SqlDatabase, read_time
from bot.store.writer import GroupCommit, PendingSession

__all__ = ["SqlSessions"]

_COLUMNS = "session_id, kind, owner_id, guild_id, channel_id, state, expires_at, updated_at"


def _session(row: Row) -> StoredSession:
    session_id, kind, owner_id, guild_id, channel_id, state, expires_at, updated_at = row
    return StoredSession(
        session_id,
        kind,
        owner_id,
        guild_id,
        channel_id,
        state,
        read_time(expires_at),
        read_time(updated_at),
    )


class SqlSessions:
    """Sessions kept as the caller's JSON until they expire (`SessionRepository`)."""

    def __init__(self, sql: SqlDatabase, writer: GroupCommit) -> None:
        self._sql = sql
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
        await self._writer.begin(  # the future itself, without `submit`'s coroutine
            PendingSession(session_id, kind, owner_id, guild_id, channel_id, state, expires_at)
        )

    async def load_session(
        self, session_id: str, now: dt.datetime | None = None
    ) -> StoredSession | None:
        """A saved session; None if there is none or, when `now` is given, it has expired."""
        row = await self._sql.one(
            f"SELECT {_COLUMNS} FROM sessions WHERE session_id = :id", {"id": session_id}
        )
        if row is None:
            return None
        session = _session(row)
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
        where = ["expires_at > :now"]
        params: dict[str, Any] = {"now": now}
        if expires_by is not None:
            where.append("expires_at <= :expires_by")
            params["expires_by"] = expires_by
        if owner_id is not None:
            where.append("owner_id = :owner")
            params["owner"] = owner_id
        if kind is not None:
            where.append("kind = :kind")
            params["kind"] = kind
        rows = await self._sql.rows(
            f"SELECT {_COLUMNS} FROM sessions WHERE {' AND '.join(where)}"
            " ORDER BY updated_at, session_id",
            params,
        )
        return [_session(row) for row in rows]

    async def end_session(self, session_id: str) -> bool:
        """Delete a session; False if there was none. Its answers stay recorded."""
        deleted = await self._sql.execute(
            "DELETE FROM sessions WHERE session_id = :id", {"id": session_id}
        )
        return deleted > 0

    async def end_sessions(self, session_ids: list[str]) -> int:
        """Delete several sessions in one transaction; how many there were."""
        if not session_ids:
            return 0
        return await self._sql.execute(
            "DELETE FROM sessions WHERE session_id IN (:ids)", {"ids": session_ids}
        )

    async def purge_expired_sessions(self, now: dt.datetime) -> int:
        """Delete sessions that expired by `now`; returns how many."""
        return await self._sql.execute(
            "DELETE FROM sessions WHERE expires_at <= :now", {"now": now}
        )
