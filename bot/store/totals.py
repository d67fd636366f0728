"""Per-learner totals: what the leaderboards read instead of counting every answer.

`learner_totals` holds, per server, learner and period, how many answers they gave and how
many were right. The period is `ALL_TIME` (0) or a week, named by the date of its Monday as
the number YYYYMMDD (weeks run Monday to Sunday, UTC, as ISO weeks do). Answers given outside
a server (direct messages) are on no leaderboard, so they have no totals.

The totals are kept by whoever changes answers, in the same transaction: the answer writer
adds new answers (`add_answers`), `rescore` moves right answers between right and wrong, and
forgetting a user deletes their rows. `board_index` orders rows exactly as a leaderboard
ranks them, so the top of a board is the first rows of an index range, and a learner's rank
is one plus two counts over ranges of the same index: no query here reads `answers`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from bot.core.progress import AnswerRecord, LeaderboardEntry
from bot.store.batch_sql import DriverSql, placeholders, shaped, upsert
from bot.store.sql import Params, SqlRunner, read_date

__all__ = [
    "ALL_TIME",
    "TotalKey",
    "add_answers",
    "bump",
    "bump_statements",
    "rank_of",
    "rank_query",
    "ranked",
    "rescore",
    "row_query",
    "top_query",
    "week_key",
]

ALL_TIME = 0
"""The period of all-time totals."""

TotalKey = tuple[int, int, int]
"""(guild id, period, user id): one row of `learner_totals`."""


@functools.lru_cache(maxsize=64)
def week_key(day: dt.date) -> int:
    """The period of the week (Monday to Sunday) holding `day`: its Monday as YYYYMMDD."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday.year * 10_000 + monday.month * 100 + monday.day


def _period(week: dt.date | None) -> int:
    return ALL_TIME if week is None else week_key(week)


def deltas(records: Iterable[AnswerRecord]) -> dict[TotalKey, tuple[int, int]]:
    """What new answers add to each total: (right, answered) per row, server answers only."""
    out: dict[TotalKey, tuple[int, int]] = {}
    weeks: dict[dt.date, int] = {}  # a batch's answers fall on a day or two
    for rec in records:
        if rec.guild_id is None:
            continue
        at = rec.answered_at
        day = (at if at.tzinfo is dt.UTC else at.astimezone(dt.UTC)).date()
        week = weeks.get(day)
        if week is None:
            week = weeks[day] = week_key(day)
        for key in ((rec.guild_id, ALL_TIME, rec.user_id), (rec.guild_id, week, rec.user_id)):
            right, answered = out.get(key, (0, 0))
            out[key] = (right + rec.correct, answered + 1)
    return out


_SQLITE_BUMP = upsert(
    "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
    "VALUES {rows} ON CONFLICT (guild_id, period, user_id) DO UPDATE SET "
    "correct = learner_totals.correct + excluded.correct, "
    "answered = learner_totals.answered + excluded.answered"
)
SQLITE_ROWS_PER_BUMP = 5000
"""Totals per SQLite statement (5 values each: under SQLite's 32,766 bound values)."""
_POSTGRES_BUMP = (
    "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
    "SELECT * FROM unnest($1::bigint[], $2::integer[], $3::bigint[], $4::integer[], "
    "$5::integer[]) ON CONFLICT (guild_id, period, user_id) DO UPDATE SET "
    "correct = learner_totals.correct + excluded.correct, "
    "answered = learner_totals.answered + excluded.answered"
)


def bump(conn: DriverSql, changes: dict[TotalKey, tuple[int, int]]) -> None:
    """Add (right, answered) to each total, creating rows as needed, in key order.

    Plain SQL through the driver (this runs in every answer batch); rows go in a fixed order
    so two processes bumping the same totals take their row locks in the same order.
    """
    if not changes:
        return
    rows = sorted((key + value) for key, value in changes.items())
    if conn.dialect.name == "postgresql":
        columns = tuple(list(column) for column in zip(*rows, strict=True))
        conn.exec_driver_sql(_POSTGRES_BUMP, columns)
    else:  # one multi-row statement per chunk: one step of the driver, not one per row
        for start in range(0, len(rows), SQLITE_ROWS_PER_BUMP):
            chunk = rows[start : start + SQLITE_ROWS_PER_BUMP]
            count, values = shaped(
                [v for row in chunk for v in row], 5, SQLITE_ROWS_PER_BUMP, skipped=True
            )
            conn.exec_driver_sql(_SQLITE_BUMP.format(rows=placeholders(count, 5)), values)


def add_answers(conn: DriverSql, new_answers: Sequence[AnswerRecord]) -> None:
    """Count answers just inserted (and only those) into their learners' totals."""
    bump(conn, deltas(new_answers))


def bump_statements(changes: dict[TotalKey, tuple[int, int]]) -> list[tuple[str, Params]]:
    """`bump` as statements for the plain SQL port, in key order, in chunks both databases
    take (5 parameters per row, under each one's bound on parameters)."""
    rows = sorted((key + value) for key, value in changes.items())
    statements: list[tuple[str, Params]] = []
    for start in range(0, len(rows), SQLITE_ROWS_PER_BUMP):
        chunk = rows[start : start + SQLITE_ROWS_PER_BUMP]
        values = ", ".join(f"(:g{i}, :p{i}, :u{i}, :c{i}, :a{i})" for i in range(len(chunk)))
        params: dict[str, int] = {}
        for i, (guild_id, period, user_id, correct, answered) in enumerate(chunk):
            params |= {f"g{i}": guild_id, f"p{i}": period, f"u{i}": user_id}
            params |= {f"c{i}": correct, f"a{i}": answered}
        statements.append((_BUMP.format(rows=values), params))
    return statements


_BUMP = (
    "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
    "VALUES {rows} ON CONFLICT (guild_id, period, user_id) DO UPDATE SET "
    "correct = learner_totals.correct + excluded.correct, "
    "answered = learner_totals.answered + excluded.answered"
)


async def rescore(
    sql: SqlRunner,
    guild_id: int,
    briefing_id: str,
    question_id: str,
    *,
    correct: bool,
    user_ids: Collection[int] | None = None,
    given: Collection[str] | None = None,
) -> int:
    """Mark a question's stored answers in one server right or wrong; totals follow.

    Only answers whose verdict changes are touched (all of them, or those of `user_ids`, or
    those whose typed answer is in `given`); returns how many. Run it inside a write transaction.
    """
    if (user_ids is not None and not user_ids) or (given is not None and not given):
        return 0
    params: dict[str, Any] = {
        "guild": guild_id,
        "briefing": briefing_id,
        "question": question_id,
        "correct": correct,
        "was": not correct,
    }
    only = ""
    if user_ids is not None:
        only = " AND user_id IN (:users)"
        params["users"] = sorted(user_ids)
    if given is not None:
        only += " AND given IN (:given)"
        params["given"] = sorted(given)
    changed = await sql.rows(
        "UPDATE answers SET correct = :correct WHERE guild_id = :guild"
        " AND briefing_id = :briefing AND question_id = :question AND correct = :was"
        f"{only} RETURNING user_id, answered_day",
        params,
    )
    step = 1 if correct else -1
    changes: dict[TotalKey, tuple[int, int]] = {}
    for user_id, day in changed:
        for key in ((guild_id, ALL_TIME, user_id), (guild_id, week_key(read_date(day)), user_id)):
            changes[key] = (changes.get(key, (0, 0))[0] + step, 0)
    for statement, values in bump_statements(changes):
        await sql.execute(statement, values)
    return len(changed)


_COLUMNS = "SELECT user_id, correct, answered FROM learner_totals"


def _board(guild_id: int, week: dt.date | None) -> tuple[str, dict[str, int]]:
    """Rows of one board: a week's board lists only learners with a right answer that week."""
    where = "guild_id = :guild AND period = :period"
    if week is not None:
        where += " AND correct > 0"
    return where, {"guild": guild_id, "period": _period(week)}


def top_query(guild_id: int, week: dt.date | None, limit: int) -> tuple[str, Params]:
    """The first `limit` rows of a board, in rank order (ties by user id)."""
    where, params = _board(guild_id, week)
    return (
        f"{_COLUMNS} WHERE {where} ORDER BY correct DESC, answered ASC, user_id ASC LIMIT :limit",
        {**params, "limit": limit},
    )


def row_query(guild_id: int, user_id: int, week: dt.date | None) -> tuple[str, Params]:
    """One learner's row of a board (none if they are not on it)."""
    where, params = _board(guild_id, week)
    return f"{_COLUMNS} WHERE {where} AND user_id = :user", {**params, "user": user_id}


def rank_query(
    guild_id: int, week: dt.date | None, correct: int, answered: int
) -> tuple[str, Params]:
    """How many learners rank strictly above (correct, answered): two index range counts."""
    where, params = _board(guild_id, week)
    return (
        f"SELECT (SELECT count(*) FROM learner_totals WHERE {where} AND correct > :correct)"
        f" + (SELECT count(*) FROM learner_totals WHERE {where}"
        " AND correct = :correct AND answered < :answered)",
        {**params, "correct": correct, "answered": answered},
    )


def ranked(rows: Iterable[Any]) -> list[LeaderboardEntry]:
    """Number rows given in rank order from the top: equal rows share a rank ("1, 1, 3")."""
    entries: list[LeaderboardEntry] = []
    for position, (user_id, correct, answered) in enumerate(rows, 1):
        rank = position
        if entries and (entries[-1].correct, entries[-1].answered) == (correct, answered):
            rank = entries[-1].rank
        entries.append(LeaderboardEntry(rank, user_id, int(correct), int(answered)))
    return entries


async def rank_of(
    sql: SqlRunner, guild_id: int, user_id: int, week: dt.date | None
) -> LeaderboardEntry | None:
    """A learner's row with their rank, or None when they are not on the board."""
    row = await sql.one(*row_query(guild_id, user_id, week))
    if row is None:
        return None
    _, correct, answered = row
    above = await sql.scalar(*rank_query(guild_id, week, correct, answered))
    return LeaderboardEntry(int(above) + 1, user_id, int(correct), int(answered))
