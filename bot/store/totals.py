"""Per-learner totals: what the leaderboards read instead of counting every answer.

`learner_totals` holds, per server, learner and period, how many answers they gave and how
many were right. The period is `ALL_TIME` (0) or a week, named by the date of its Monday as
the number YYYYMMDD (weeks run Monday to Sunday, UTC, as ISO weeks do). Answers given outside
a server (direct messages) are on no leaderboard, so they have no totals.

The totals are kept by whoever changes answers, in the same transaction: the answer writer
adds new answers (`add_inserted`), `rescore` moves right answers between right and wrong, and
forgetting a user deletes their rows. On SQLite the board index orders rows exactly as a
leaderboard ranks them, so the top of a board is the first rows of an index range, and a
learner's rank is one plus two counts over ranges of the same index. On PostgreSQL no index
holds the counts (so that the writer's updates of them are HOT, `bot.store.schema`): a board
sorts its server's rows for the period, found by index, and a rank counts over them. No query
here reads `answers`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Iterable
from typing import Any

from bot.core.progress import LeaderboardEntry
from bot.store.batch_sql import DriverSql
from bot.store.sql import Params, SqlRunner, read_date

__all__ = [
    "ALL_TIME",
    "TotalKey",
    "add_inserted",
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


_SQLITE_ADD_INSERTED = (
    "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
    "SELECT a.guild_id, iif(p.column1, "
    "CAST(strftime('%Y%m%d', a.answered_day, 'weekday 0', '-6 days') AS INTEGER), 0), "
    "a.user_id, a.correct, 1 FROM answers AS a CROSS JOIN (VALUES (0), (1)) AS p "
    "WHERE a.id > ? AND a.guild_id IS NOT NULL "
    "ON CONFLICT (guild_id, period, user_id) DO UPDATE SET "
    "correct = learner_totals.correct + excluded.correct, "
    "answered = learner_totals.answered + excluded.answered"
)
"""Each answer stored after a given id added to two totals of its server and learner: all time
and its week (named as `week_key` names it: `weekday 0` moves a day on to its Sunday, six days
back is its Monday). SQLite's upsert sees the rows one by one, so a learner's several answers
all count. Not grouped first: a learner rarely has two answers in one batch, and sorting the
rows to group them cost more than the upserts it saved."""


def add_inserted(conn: DriverSql, after: int) -> None:
    """Count the answers stored with an id above `after` (just inserted by this transaction,
    the file's only writer) into their learners' totals. SQLite only: PostgreSQL's answer
    batch counts its answers in its own statement (`bot.store.pg_batch`).

    One statement binding one value: SQLite reads the new rows back by id, works out their
    weeks and adds them up in C, with the GIL let go, instead of Python counting every
    answer and binding five values per learner and week.
    """
    conn.exec_driver_sql(_SQLITE_ADD_INSERTED, (after,))


ROWS_PER_BUMP = 5000
"""Totals per statement of `bump_statements` (5 parameters each: under either database's
bound on parameters)."""


def bump_statements(changes: dict[TotalKey, tuple[int, int]]) -> list[tuple[str, Params]]:
    """Add (right, answered) to each total, creating rows as needed: statements for the plain
    SQL port, in key order (two processes take their row locks in the same order), in chunks
    both databases take (5 parameters per row, under each one's bound on parameters)."""
    rows = sorted((key + value) for key, value in changes.items())
    statements: list[tuple[str, Params]] = []
    for start in range(0, len(rows), ROWS_PER_BUMP):
        chunk = rows[start : start + ROWS_PER_BUMP]
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


def _board(guild_id: int, week: dt.date | None, *, ranked: bool = True) -> tuple[str, Params]:
    """Rows of one board: only learners with a right answer (in that week, for a week's
    board); one with none yet is not ranked, and is told how to join. `ranked=False`: every
    row of the period, for counts against a ranked row's own figures (which imply a right
    answer, and keep the equality seek of `ix_learner_totals_board`)."""
    where = "guild_id = :guild AND period = :period"
    if ranked:
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
    """How many learners rank strictly above (correct, answered): two counts over the board's
    rows (index ranges on SQLite); `correct` is a ranked row's, so at least 1."""
    where, params = _board(guild_id, week, ranked=False)
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
