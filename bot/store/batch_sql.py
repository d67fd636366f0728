"""The four statements a group-commit batch runs on SQLite (PostgreSQL's: `bot.store.pg_batch`).

Plain SQL run through `bot.store.sqlite_writer`'s `sqlite3` connection (`exec_driver_sql`),
with values converted once per batch rather than per row by SQLAlchemy's type machinery, which
was most of a batch's cost. The writer's whole batch runs in one worker thread, as multi-row
statements with values stored exactly as SQLAlchemy stores them (times as naive UTC
`YYYY-MM-DD HH:MM:SS.ffffff`, dates as `YYYY-MM-DD`, booleans as 0/1), so every reader in
`Store` sees the same rows whichever path wrote them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from bot.core.progress import AnswerRecord, ReviewState
from bot.store.writer import PendingSession

__all__ = ["BatchStatements", "DriverSql", "SqliteStatements", "sqlite_time"]

QuestionKey = tuple[int, str, str]
AnswerKey = tuple[str, int, str, str]
KEYS_PER_QUERY = 300
"""Question keys per review lookup (3 parameters each, well under every backend's limit)."""
_ANSWER_COLUMNS = (
    "user_id",
    "guild_id",
    "briefing_id",
    "question_id",
    "section_id",
    "correct",
    "seconds",
    "answered_at",
    "answered_day",
    "session_id",
    "given",
)
_SESSION_COLUMNS = (
    "session_id",
    "kind",
    "owner_id",
    "guild_id",
    "channel_id",
    "state",
    "expires_at",
    "updated_at",
)


class DriverSql(Protocol):
    """What a write batch needs of a connection: its backend's name and plain SQL.

    SQLAlchemy's `Connection` is one; `SqliteWriter`'s transaction is another.
    """

    @property
    def dialect(self) -> Any:
        """Its `name` is "sqlite" or "postgresql"."""
        ...

    def exec_driver_sql(self, statement: str, parameters: Any = ..., /) -> Any:
        """Run one statement (a list of parameter tuples: once per tuple); its rows."""
        ...


class BatchStatements(Protocol):
    """What `Store` runs inside one group-commit transaction."""

    def insert_answers(self, conn: DriverSql, records: Sequence[AnswerRecord]) -> list[AnswerKey]:
        """Insert answers, skipping ones already stored; the keys of the rows inserted."""
        ...

    def stored_reviews(
        self, conn: DriverSql, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """The stored review states of these questions (locked where the backend can)."""
        ...

    def upsert_reviews(
        self,
        conn: DriverSql,
        states: Sequence[tuple[QuestionKey, ReviewState]],
        updated_at: dt.datetime,
    ) -> None:
        """Create or replace review states."""
        ...

    def upsert_sessions(
        self, conn: DriverSql, saved: Sequence[PendingSession], updated_at: dt.datetime
    ) -> None:
        """Create or replace sessions."""
        ...


def sqlite_time(value: dt.datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite: naive UTC with microseconds."""
    if value.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SqliteStatements:
    """The same statements as plain SQLite SQL, values converted without SQLAlchemy."""

    ROWS_PER_INSERT = 2000  # 11 values each: under SQLite's 32,766 bound values

    _UPSERT_REVIEWS = (
        "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, briefing_id, "
        "question_id) DO UPDATE SET card = excluded.card, due = excluded.due, "
        "mastered = excluded.mastered, updated_at = excluded.updated_at"
    )
    _UPSERT_SESSIONS = (
        f"INSERT INTO sessions ({', '.join(_SESSION_COLUMNS)}) VALUES "
        f"({', '.join('?' * len(_SESSION_COLUMNS))}) ON CONFLICT (session_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _SESSION_COLUMNS[1:])
    )

    def insert_answers(self, conn: DriverSql, records: Sequence[AnswerRecord]) -> list[AnswerKey]:
        """See `BatchStatements`."""
        keys: list[AnswerKey] = []
        row = f"({', '.join('?' * len(_ANSWER_COLUMNS))})"
        for chunk in _chunks(records, self.ROWS_PER_INSERT):
            values: list[Any] = []
            for rec in chunk:
                values += (
                    rec.user_id,
                    rec.guild_id,
                    rec.briefing_id,
                    rec.question_id,
                    rec.section_id,
                    rec.correct,
                    rec.seconds,
                    sqlite_time(rec.answered_at),
                    rec.answered_at.astimezone(dt.UTC).date().isoformat(),
                    rec.session_id,
                    rec.given,
                )
            sql = (
                f"INSERT INTO answers ({', '.join(_ANSWER_COLUMNS)}) VALUES "
                f"{', '.join([row] * len(chunk))} ON CONFLICT DO NOTHING "
                "RETURNING session_id, user_id, briefing_id, question_id"
            )
            keys += [(r[0], r[1], r[2], r[3]) for r in conn.exec_driver_sql(sql, tuple(values))]
        return keys

    def stored_reviews(
        self, conn: DriverSql, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """See `BatchStatements`."""
        found: dict[QuestionKey, ReviewState] = {}
        for chunk in _chunks(keys, KEYS_PER_QUERY):
            # A join, not `(user_id, ...) IN (VALUES ...)`: SQLite answers that IN by scanning
            # every review; the join looks each key up in the primary key.
            sql = (
                f"WITH k (u, b, q) AS (VALUES {', '.join(['(?, ?, ?)'] * len(chunk))}) "
                "SELECT r.user_id, r.briefing_id, r.question_id, r.card, r.due, r.mastered "
                "FROM k JOIN reviews AS r "
                "ON r.user_id = k.u AND r.briefing_id = k.b AND r.question_id = k.q"
            )
            values = tuple(v for key in chunk for v in key)
            for r in conn.exec_driver_sql(sql, values):
                due = dt.datetime.fromisoformat(r[4]).replace(tzinfo=dt.UTC)
                found[(r[0], r[1], r[2])] = ReviewState(r[3], due, bool(r[5]))
        return found

    def upsert_reviews(
        self,
        conn: DriverSql,
        states: Sequence[tuple[QuestionKey, ReviewState]],
        updated_at: dt.datetime,
    ) -> None:
        """See `BatchStatements`."""
        stamp = sqlite_time(updated_at)
        conn.exec_driver_sql(
            self._UPSERT_REVIEWS,
            [
                (user_id, briefing_id, question_id, s.card, sqlite_time(s.due), s.mastered, stamp)
                for (user_id, briefing_id, question_id), s in states
            ],
        )

    def upsert_sessions(
        self, conn: DriverSql, saved: Sequence[PendingSession], updated_at: dt.datetime
    ) -> None:
        """See `BatchStatements`."""
        stamp = sqlite_time(updated_at)
        conn.exec_driver_sql(
            self._UPSERT_SESSIONS,
            [
                (
                    s.session_id,
                    s.kind,
                    s.owner_id,
                    s.guild_id,
                    s.channel_id,
                    s.state,
                    sqlite_time(s.expires_at),
                    stamp,
                )
                for s in saved
            ],
        )
