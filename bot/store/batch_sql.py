"""The statements a group-commit batch runs on SQLite (PostgreSQL's: `bot.store.pg_batch`).

The stored review states are read with the answers' last id (one statement when the keys fit
in one query, `look_up`), the answers are inserted (which of them were new is read back only
when some were not), then the review states and the sessions are upserted.

Plain SQL run through `bot.store.sqlite_writer`'s `sqlite3` connection (`exec_driver_sql`),
with values converted once per batch rather than per row by SQLAlchemy's type machinery, which
was most of a batch's cost. The writer's whole batch runs in one worker thread, as multi-row
statements with values stored exactly as SQLAlchemy stores them (times as naive UTC
`YYYY-MM-DD HH:MM:SS.ffffff`, dates as `YYYY-MM-DD`, booleans as 0/1), so every reader in
`Store` sees the same rows whichever path wrote them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from bot.core.progress import AnswerRecord, ReviewState
from bot.core.utc_text import utc_naive_text
from bot.store.writer import MAX_BATCH, PendingSession

__all__ = [
    "SESSION_COLUMNS",
    "BatchStatements",
    "DriverSql",
    "SqliteStatements",
    "placeholders",
    "shaped",
    "sqlite_time",
    "upsert",
]

QuestionKey = tuple[int, str, str]
AnswerKey = tuple[str, int, str, str]
KEYS_PER_QUERY = 1 << (MAX_BATCH - 1).bit_length()
"""Answers (5 parameters each) and question keys (4 each) per lookup statement: the writer's
biggest batch (`MAX_BATCH`, 500) rounded up to a power of two (512), so `look_up` reads any
batch the writer forms in one statement, one driver step; a bigger one is read in chunks. At
most 4,608 bound values, well under SQLite's limit (32,766 in builds before 3.32)."""
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
SESSION_COLUMNS = (
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


_NONE = 0
"""What `insert_answers` binds for a missing section or typed answer, stored as NULL: `sqlite3`
binds an int as it is but looks None up among its adapters first (some 3,000 instructions)."""

sqlite_time = utc_naive_text
"""A time as SQLAlchemy stores it in SQLite: naive UTC with microseconds (every time the bot
makes is UTC, written from its fields without a naive copy or `isoformat`)."""


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@functools.cache
def placeholders(count: int, width: int) -> str:
    """`count` rows of `width` placeholders each, for a multi-row `VALUES` (built once)."""
    return ", ".join(["(" + ", ".join("?" * width) + ")"] * count)


def shaped(
    values: Sequence[Any], width: int, limit: int, *, skipped: bool = False
) -> tuple[int, tuple[Any, ...]]:
    """The rows a multi-row statement is given for `values` (`width` per row), and them.

    A batch of any size is sent as the next power of two of rows (at most `limit`), the rest
    all NULL: a few statement texts serve every batch, so the connection prepares each once
    (`sqlite3` keeps prepared statements by their text) instead of parsing a new statement,
    a placeholder per value, on every commit. A NULL row matches no join, and the inserts
    skip it (`WHERE column1 IS NOT NULL`). For an insert (`skipped`) only the first column
    of a padding row is NULL and the rest 0: `sqlite3` binds an int as it is but looks every
    None up among its adapters first (some 3,000 instructions a value).
    """
    count = len(values) // width
    rows = min(1 << (max(count, 1) - 1).bit_length(), limit)
    pad = (None, *(0,) * (width - 1)) if skipped else (None,) * width
    return rows, (*values, *pad * (rows - count))


def upsert(sql: str) -> str:
    """`INSERT INTO t (...) VALUES {rows} ON CONFLICT ...` as an insert of the rows given that
    skips the NULL padding (`shaped`)."""
    head, _, tail = sql.partition("VALUES {rows}")
    return f"{head}SELECT * FROM (VALUES {{rows}}) WHERE column1 IS NOT NULL{tail}"


class SqliteStatements:
    """The same statements as plain SQLite SQL, values converted without SQLAlchemy.

    Each statement takes all its rows at once and gives back at most one row: the `sqlite3`
    driver lets go of the GIL around every step of a statement and must take it back after
    each, which, while the event loop is busy, can cost the writer thread up to a switch
    interval (5 ms) per step. So a batch makes a few steps, not several per answer: lookups
    come back as one aggregated row, and upserts are multi-row `VALUES`, not `executemany`.
    """

    ROWS_PER_INSERT = 2000  # 10 values each: under SQLite's 32,766 bound values

    # Ten values an answer: the UTC day is cut from the time by SQLite (the same text as
    # `date.isoformat`), and a missing section or typed answer comes as 0 (`_NONE`) and is
    # stored as NULL. Neither column ever holds an int, so no value of theirs reads as 0.
    _INSERT_ANSWERS = (
        f"INSERT INTO answers ({', '.join(_ANSWER_COLUMNS)}) SELECT column1, column2, "
        "column3, column4, nullif(column5, 0), column6, column7, column8, "
        "substr(column8, 1, 10), column9, nullif(column10, 0) "
        "FROM (VALUES {rows}) WHERE column1 IS NOT NULL ON CONFLICT DO NOTHING"
    )
    # `?1` is the batch's one `updated_at`; the rows' plain `?`s number on from 2
    _UPSERT_REVIEWS = (
        "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, "
        "updated_at) SELECT *, ?1 FROM (VALUES {rows}) WHERE column1 IS NOT NULL "
        "ON CONFLICT (user_id, briefing_id, question_id) DO UPDATE SET card = excluded.card, "
        "due = excluded.due, mastered = excluded.mastered, updated_at = excluded.updated_at"
    )
    _UPSERT_SESSIONS = upsert(
        f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)}) VALUES {{rows}} "
        "ON CONFLICT (session_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in SESSION_COLUMNS[1:])
    )

    def insert_answers(
        self, conn: DriverSql, records: Sequence[AnswerRecord], after: int
    ) -> list[AnswerKey] | None:
        """See `BatchStatements`, but None when every record was inserted; `after`: the last
        answer id stored before this batch (`look_up`). An insert reports how many rows it
        added: when that is every row (an answer is almost always new) nothing more is built;
        only when some were stored already are the new ones read back, as the rows with a
        greater id (SQLite gives a new row one more than the greatest id, and the batch's
        transaction is the only writer), and their keys returned."""
        width = len(_ANSWER_COLUMNS) - 1  # the day is not bound
        added = 0
        for chunk in _chunks(records, self.ROWS_PER_INSERT):
            values: list[Any] = []
            for rec in chunk:
                values += (
                    rec.user_id,
                    rec.guild_id,
                    rec.briefing_id,
                    rec.question_id,
                    _NONE if rec.section_id is None else rec.section_id,
                    # Booleans go as the ints SQLite stores for them either way (as SQLAlchemy's
                    # Boolean does): `sqlite3` binds an int as it is, but first looks a bool
                    # (like None) up among its adapters, some 3,000 instructions a value.
                    1 if rec.correct else 0,
                    rec.seconds,
                    sqlite_time(rec.answered_at),
                    rec.session_id,
                    _NONE if rec.given is None else rec.given,  # None for every button answer
                )
            rows, shaped_values = shaped(values, width, self.ROWS_PER_INSERT, skipped=True)
            added += conn.exec_driver_sql(
                self._INSERT_ANSWERS.format(rows=placeholders(rows, width)), shaped_values
            ).rowcount
        if added == len(records):
            return None  # no key tuple per answer to build and look up again
        keyed = [(i, r) for i, r in enumerate(records) if r.session_id is not None]
        new = self._inserted(conn, keyed, after)
        return [
            (r.session_id, r.user_id, r.briefing_id, r.question_id)
            for i, r in keyed
            if r.session_id is not None and i in new
        ]

    def look_up(
        self, conn: DriverSql, keys: Sequence[QuestionKey]
    ) -> tuple[int, dict[QuestionKey, ReviewState]]:
        """The last answer id stored (0 if none) and the stored review states of `keys`: one
        statement (one driver step) when the keys fit in one query, as in every batch of up to
        `KEYS_PER_QUERY` answers; the rest chunked (`stored_reviews`). Read in the batch's
        write transaction, before its answers are inserted (`insert_answers`)."""
        if not keys:
            (last,) = conn.exec_driver_sql(_LAST_ANSWER).fetchone()
            return last or 0, {}
        first, rest = keys[:KEYS_PER_QUERY], keys[KEYS_PER_QUERY:]
        with_, values = _stored_reviews_query(first)
        sql = f"WITH {with_} SELECT ({_LAST_ANSWER}), ({_STORED_REVIEWS_SELECT})"
        last, rows = conn.exec_driver_sql(sql, values).fetchone()
        states = _review_states(first, rows)
        if rest:
            states.update(self.stored_reviews(conn, rest))
        return last or 0, states

    @staticmethod
    def _inserted(
        conn: DriverSql, keyed: Sequence[tuple[int, AnswerRecord]], after: int
    ) -> set[int]:
        """The positions among `keyed` of answers stored with an id above `after` (just
        inserted), found through the unique index, as one row of numbers per chunk."""
        inserted: set[int] = set()
        for chunk in _chunks(keyed, KEYS_PER_QUERY):
            with_, values = _stored_answers_query(chunk)
            sql = f"WITH {with_} {_STORED_ANSWERS_SELECT} WHERE a.id > ?"
            (found,) = conn.exec_driver_sql(sql, (*values, after)).fetchone()
            inserted |= _positions(found)
        return inserted

    def stored_reviews(
        self, conn: DriverSql, keys: Sequence[QuestionKey]
    ) -> dict[QuestionKey, ReviewState]:
        """See `BatchStatements`."""
        found: dict[QuestionKey, ReviewState] = {}
        for chunk in _chunks(keys, KEYS_PER_QUERY):
            with_, values = _stored_reviews_query(chunk)
            sql = f"WITH {with_} {_STORED_REVIEWS_SELECT}"
            (rows,) = conn.exec_driver_sql(sql, values).fetchone()
            found.update(_review_states(chunk, rows))
        return found

    def upsert_reviews(
        self,
        conn: DriverSql,
        states: Sequence[tuple[QuestionKey, ReviewState]],
        updated_at: dt.datetime,
    ) -> None:
        """See `BatchStatements`; the batch's one `updated_at` is bound once, not per row."""
        stamp = sqlite_time(updated_at)
        for chunk in _chunks(states, self.ROWS_PER_INSERT):
            rows, values = shaped(
                [
                    v
                    for (user_id, briefing_id, question_id), s in chunk
                    for v in (
                        user_id,
                        briefing_id,
                        question_id,
                        s.card,
                        sqlite_time(s.due),
                        1 if s.mastered else 0,  # an int, as `insert_answers` binds
                    )
                ],
                6,
                self.ROWS_PER_INSERT,
                skipped=True,
            )
            conn.exec_driver_sql(
                self._UPSERT_REVIEWS.format(rows=placeholders(rows, 6)), (stamp, *values)
            )

    def upsert_sessions(
        self, conn: DriverSql, saved: Sequence[PendingSession], updated_at: dt.datetime
    ) -> None:
        """See `BatchStatements`."""
        stamp = sqlite_time(updated_at)
        width = len(SESSION_COLUMNS)
        for chunk in _chunks(saved, self.ROWS_PER_INSERT):
            rows, values = shaped(
                [
                    v
                    for s in chunk
                    for v in (
                        s.session_id,
                        s.kind,
                        s.owner_id,
                        s.guild_id,
                        s.channel_id,
                        s.state,
                        sqlite_time(s.expires_at),
                        stamp,
                    )
                ],
                width,
                self.ROWS_PER_INSERT,
                skipped=True,
            )
            conn.exec_driver_sql(
                self._UPSERT_SESSIONS.format(rows=placeholders(rows, width)), values
            )


_LAST_ANSWER = "SELECT max(id) FROM answers"
"""The last answer id (the end of the table's B-tree: one seek); NULL when there is none."""
_STORED_ANSWERS_SELECT = (
    "SELECT group_concat(k.i) FROM k JOIN answers AS a ON a.session_id = k.s "
    "AND a.user_id = k.u AND a.briefing_id = k.b AND a.question_id = k.q"
)
# A join, not `(user_id, ...) IN (VALUES ...)`: SQLite answers that IN by scanning every
# review; the join looks each key up in the primary key.
_STORED_REVIEWS_SELECT = (
    "SELECT json_group_array(json_array(rk.i, r.card, r.due, r.mastered)) "
    "FROM rk JOIN reviews AS r "
    "ON r.user_id = rk.u AND r.briefing_id = rk.b AND r.question_id = rk.q"
)


def _stored_answers_query(
    keyed: Sequence[tuple[int, AnswerRecord]],
) -> tuple[str, tuple[Any, ...]]:
    """The `k` table of `_STORED_ANSWERS_SELECT` (at most `KEYS_PER_QUERY` answers) and
    its values."""
    rows, values = shaped(
        [v for i, r in keyed for v in (i, r.session_id, r.user_id, r.briefing_id, r.question_id)],
        5,
        KEYS_PER_QUERY,
    )
    return f"k (i, s, u, b, q) AS (VALUES {placeholders(rows, 5)})", values


def _stored_reviews_query(keys: Sequence[QuestionKey]) -> tuple[str, tuple[Any, ...]]:
    """The `rk` table of `_STORED_REVIEWS_SELECT` (at most `KEYS_PER_QUERY` keys) and its
    values."""
    rows, values = shaped([v for i, key in enumerate(keys) for v in (i, *key)], 4, KEYS_PER_QUERY)
    return f"rk (i, u, b, q) AS (VALUES {placeholders(rows, 4)})", values


def _positions(found: str | None) -> set[int]:
    """`group_concat`'s numbers."""
    return {int(i) for i in found.split(",")} if found else set()


def _review_states(keys: Sequence[QuestionKey], rows: str) -> dict[QuestionKey, ReviewState]:
    """The states `_STORED_REVIEWS_SELECT` found for `keys`, by key."""
    found: dict[QuestionKey, ReviewState] = {}
    for i, card, due, mastered in json.loads(rows):
        when = dt.datetime.fromisoformat(due).replace(tzinfo=dt.UTC)
        found[keys[i]] = ReviewState(card, when, bool(mastered))
    return found
