"""Rows g1-g3 on PostgreSQL: `python -m benchmarks.board_postgres [learners ...] [--repeats N]`.

Row g measures the boards on SQLite only. This fills one server's learner totals on a
PostgreSQL server (the tests' one, started as an unprivileged user; outside `make bench`) as
the answer writer keeps them: per learner an all-time total and one per week they answered,
over 26 weeks, in the order the writer creates them (about 50 answers each), then analyses
the table and times, through the real store, what rows g1-g3 time (medians over `--repeats`
learners, after a warm-up): the all-time board with the caller's rank, this week's board
with it, and the caller's rank alone. It prints the plan (`EXPLAIN ANALYZE`: the server's
own time, which a loaded machine blurs less than the wall clock) of each board's top ten and
the all-time rank count, to show what they read and sort.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
from functools import partial

import asyncpg

from benchmarks.answers import _connect, _postgres
from benchmarks.scale import GUILD, NOW, WEEKS, _board, _timed
from bot.store import open_store
from bot.store.sql import Params
from bot.store.totals import ALL_TIME, rank_query, top_query, week_key


def _totals(learners: int) -> list[tuple[int, int, int, int, int]]:
    """(guild, period, user, right, answered) rows in the order the answer writer creates
    them: week by week, a learner's all-time row with their first week's. Learners start in
    any of the 26 weeks; a week's answers are 0 to 7, about 70% right."""
    rng = random.Random(18)
    mondays = [week_key(NOW.date() - dt.timedelta(weeks=w)) for w in reversed(range(WEEKS))]
    starts = [rng.randrange(WEEKS) for _ in range(learners)]
    totals: dict[int, list[int]] = {}
    rows: list[tuple[int, int, int, int, int]] = []
    for index, monday in enumerate(mondays):
        for user in range(learners):
            answered = rng.randint(0, 7) if index >= starts[user] else 0
            if not answered:
                continue
            right = sum(rng.random() < 0.7 for _ in range(answered))
            if user not in totals:
                totals[user] = [0, 0]
                rows.append((GUILD, ALL_TIME, user, 0, 0))  # counts filled in below
            totals[user][0] += right
            totals[user][1] += answered
            rows.append((GUILD, monday, user, right, answered))
    return [(g, p, u, *totals[u]) if p == ALL_TIME else (g, p, u, c, a) for g, p, u, c, a in rows]


async def _plan(admin: asyncpg.Connection, statement: str, params: Params) -> str:
    """`EXPLAIN ANALYZE` of a store query written with :named parameters."""
    text = statement
    assert isinstance(params, dict)
    for name, value in sorted(params.items(), key=lambda item: -len(item[0])):
        text = text.replace(f":{name}", str(value))
    rows = await admin.fetch(f"EXPLAIN (ANALYZE, COSTS OFF) {text}")
    return "\n".join("    " + row[0] for row in rows)


async def _run(url: str, learners: int, repeats: int) -> None:
    admin = await _connect(url)
    store = await open_store(url, clock=lambda: NOW)
    try:
        rows = _totals(learners)
        await admin.copy_records_to_table(
            "learner_totals",
            records=rows,
            columns=["guild_id", "period", "user_id", "correct", "answered"],
        )
        await admin.execute("VACUUM ANALYZE learner_totals")
        users = random.Random(7).sample(range(learners), repeats)
        week = NOW.date()
        all_time = await _timed([partial(_board, store, u, None) for u in users])
        weekly = await _timed([partial(_board, store, u, week) for u in users])
        rank = await _timed([partial(store.progress.rank_of, GUILD, u) for u in users])
        print(
            f"{learners:,} learners ({len(rows):,} totals rows): g1 {all_time:.2f} ms, "
            f"g2 {weekly:.2f} ms, g3 {rank:.2f} ms"
        )
        mid = rows[len(rows) // 2]
        print("  top ten, all time:\n" + await _plan(admin, *top_query(GUILD, None, 10)))
        print("  top ten, this week:\n" + await _plan(admin, *top_query(GUILD, week, 10)))
        count = rank_query(GUILD, None, mid[3], mid[4])
        print("  rank, all time:\n" + await _plan(admin, *count))
    finally:
        await store.close()
        await admin.close()


async def main(sizes: list[int], repeats: int) -> None:
    """Time the boards at each number of learners, each on a fresh database."""
    async with _postgres() as fresh:
        if fresh is None:
            print("no PostgreSQL binaries: nothing to measure")
            return
        for learners in sizes:
            await _run(await fresh(), learners, repeats)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.board_postgres")
    parser.add_argument("learners", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.learners, args.repeats))
