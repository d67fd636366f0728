"""The four statements a group-commit batch runs, for each backend.

PostgreSQL gets them as SQLAlchemy Core statements. SQLite, where the writer's whole batch
runs in one worker thread and Python time per row is the limit, gets the same statements as
plain SQL with values converted once, exactly as SQLAlchemy stores them (times as naive UTC
`YYYY-MM-DD HH:MM:SS.ffffff`, dates as `YYYY-MM-DD`, booleans as 0/1), so every reader in
`Store` sees the same rows whichever path wrote them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import bindparam, select, tuple_
from sqlalchemy.engine import Connection

from bot.core.progress import AnswerRecord, ReviewState
from bot.store.schema import answers, reviews, sessions
from bot.store.writer import PendingSession

__all__ = ["BatchStatements", "CoreStatements", "SqliteStatements", "answer_row"]

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


class BatchStatements(Protocol):
    """What `Store` runs inside one group-commit transaction."""

    def insert_answers(self, conn: Connection, records: Sequence[AnswerRecord]) -> list[AnswerKey]:
        """Insert answers, skipping ones already stored; the keys of the rows inserted."""
        ...

    def stored_reviews(
        self, conn: Connection, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """The stored review states of these questions (locked where the backend can)."""
        ...

    def upsert_reviews(
        self,
        conn: Connection,
        states: Sequence[tuple[QuestionKey, ReviewState]],
        updated_at: dt.datetime,
    ) -> None:
        """Create or replace review states."""
        ...

    def upsert_sessions(
        self, conn: Connection, saved: Sequence[PendingSession], updated_at: dt.datetime
    ) -> None:
        """Create or replace sessions."""
        ...


def answer_row(rec: AnswerRecord) -> dict[str, Any]:
    """An answer as the values of its row."""
    return {
        "user_id": rec.user_id,
        "guild_id": rec.guild_id,
        "briefing_id": rec.briefing_id,
        "question_id": rec.question_id,
        "section_id": rec.section_id,
        "correct": rec.correct,
        "seconds": rec.seconds,
        "answered_at": rec.answered_at,
        "answered_day": rec.answered_at.astimezone(dt.UTC).date(),
        "session_id": rec.session_id,
    }


class CoreStatements:
    """The statements as SQLAlchemy Core, built once, for any backend (used on PostgreSQL)."""

    def __init__(self, backend: str) -> None:
        if backend == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        self._backend = backend
        self._insert_answers = (
            insert(answers)
            .on_conflict_do_nothing()
            .returning(
                answers.c.session_id,
                answers.c.user_id,
                answers.c.briefing_id,
                answers.c.question_id,
            )
        )
        upsert = insert(reviews)
        self._upsert_reviews = upsert.on_conflict_do_update(
            index_elements=[reviews.c.user_id, reviews.c.briefing_id, reviews.c.question_id],
            set_={
                name: getattr(upsert.excluded, name)
                for name in ("card", "due", "mastered", "updated_at")
            },
        )
        key = (reviews.c.user_id, reviews.c.briefing_id, reviews.c.question_id)
        lookup = select(*key, reviews.c.card, reviews.c.due, reviews.c.mastered).where(
            tuple_(*key).in_(bindparam("keys", expanding=True))
        )
        self._select_reviews = lookup.with_for_update() if backend == "postgresql" else lookup
        upsert = insert(sessions)
        self._upsert_sessions = upsert.on_conflict_do_update(
            index_elements=[sessions.c.session_id],
            set_={name: getattr(upsert.excluded, name) for name in _SESSION_COLUMNS[1:]},
        )

    def insert_answers(self, conn: Connection, records: Sequence[AnswerRecord]) -> list[AnswerKey]:
        """See `BatchStatements`."""
        inserted = conn.execute(self._insert_answers, [answer_row(r) for r in records])
        return [(row[0], row[1], row[2], row[3]) for row in inserted]

    def stored_reviews(
        self, conn: Connection, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """See `BatchStatements`."""
        found: dict[QuestionKey, ReviewState] = {}
        for start in range(0, len(keys), KEYS_PER_QUERY):
            rows = conn.execute(
                self._select_reviews, {"keys": list(keys[start : start + KEYS_PER_QUERY])}
            )
            for row in rows:
                found[(row[0], row[1], row[2])] = ReviewState(row[3], row[4], bool(row[5]))
        return found

    def upsert_reviews(
        self,
        conn: Connection,
        states: Sequence[tuple[QuestionKey, ReviewState]],
        updated_at: dt.datetime,
    ) -> None:
        """See `BatchStatements`."""
        conn.execute(
            self._upsert_reviews,
            [
                {
                    "user_id": user_id,
                    "briefing_id": briefing_id,
                    "question_id": question_id,
                    "card": state.card,
                    "due": state.due,
                    "mastered": state.mastered,
                    "updated_at": updated_at,
                }
                for (user_id, briefing_id, question_id), state in states
            ],
        )

    def upsert_sessions(
        self, conn: Connection, saved: Sequence[PendingSession], updated_at: dt.datetime
    ) -> None:
        """See `BatchStatements`."""
        conn.execute(
            self._upsert_sessions,
            [
                {
                    "session_id": s.session_id,
                    "kind": s.kind,
                    "owner_id": s.owner_id,
                    "guild_id": s.guild_id,
                    "channel_id": s.channel_id,
                    "state": s.state,
                    "expires_at": s.expires_at,
                    "updated_at": updated_at,
                }
                for s in saved
            ],
        )


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

    ROWS_PER_INSERT = 2000  # 10 values each: under SQLite's 32,766 bound values

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

    def insert_answers(self, conn: Connection, records: Sequence[AnswerRecord]) -> list[AnswerKey]:
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
                )
            sql = (
                f"INSERT INTO answers ({', '.join(_ANSWER_COLUMNS)}) VALUES "
                f"{', '.join([row] * len(chunk))} ON CONFLICT DO NOTHING "
                "RETURNING session_id, user_id, briefing_id, question_id"
            )
            keys += [(r[0], r[1], r[2], r[3]) for r in conn.exec_driver_sql(sql, tuple(values))]
        return keys

    def stored_reviews(
        self, conn: Connection, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """See `BatchStatements`."""
        found: dict[QuestionKey, ReviewState] = {}
        for chunk in _chunks(keys, KEYS_PER_QUERY):
            sql = (
                "SELECT user_id, briefing_id, question_id, card, due, mastered FROM reviews "
                "WHERE (user_id, briefing_id, question_id) IN "
                f"(VALUES {', '.join(['(?, ?, ?)'] * len(chunk))})"
            )
            values = tuple(v for key in chunk for v in key)
            for r in conn.exec_driver_sql(sql, values):
                due = dt.datetime.fromisoformat(r[4]).replace(tzinfo=dt.UTC)
                found[(r[0], r[1], r[2])] = ReviewState(r[3], due, bool(r[5]))
        return found

    def upsert_reviews(
        self,
        conn: Connection,
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
        self, conn: Connection, saved: Sequence[PendingSession], updated_at: dt.datetime
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
