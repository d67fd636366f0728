"""Where row c2's time goes: `python -m benchmarks.answers_profile [runs]`.

Runs row c2's workload (ours only: 1,000 users, 20 answers each, on a durable PostgreSQL)
with `pg_stat_statements` loaded, and prints per run: answers/s, the writer's batches, CPU
time per answer in this process and in the server's processes, and per statement its calls,
server time per call and WAL per answer, and how many of the learner totals' row updates
were HOT (rewritten on their page, no index touched). A diagnostic, outside `make bench`: the
extension changes nothing durable, but it is not in the server the benchmark measures. Linux only
(CPU times are read from /proc).

`--without-totals` alternates each run with one whose answers statement keeps no leaderboard
totals (`pg_batch.RECORD_ANSWERS` less its `counts`, `added` and `counted` parts), to show
what keeping them costs the server per answer. That store is not a valid one (its totals are
missing); the bot never runs that statement.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

import asyncpg

from benchmarks.answers import _connect, _postgres, _update, _users
from bot.core.progress import AnswerRecord
from bot.core.review import ReviewScheduler
from bot.store import open_store, pg_batch

USERS, EACH = 1000, 20
TOP_STATEMENTS = """
SELECT calls, total_exec_time / calls AS ms, wal_bytes::float8 AS wal,
       left(regexp_replace(query, '\\s+', ' ', 'g'), 60) AS query
FROM pg_stat_statements
WHERE calls >= 10 AND query NOT LIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT 6
"""
TOTALS_UPDATES = """
SELECT sum(n_tup_upd) AS updates, sum(n_tup_hot_upd) AS hot FROM pg_stat_user_tables
WHERE relname LIKE 'learner\\_totals%'
"""
"""Row updates of the learner totals, HOT or not, in the table or its partitions."""


def _cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU time of each process still running."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return found


async def _server_pids(admin: asyncpg.Connection) -> list[int]:
    return [row[0] for row in await admin.fetch("SELECT pid FROM pg_stat_activity")]


async def _profile_run(url: str) -> None:
    admin = await _connect(url)
    await admin.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    store = await open_store(url)
    scheduler = ReviewScheduler()

    async def answer(rec: AnswerRecord) -> None:
        await store.answers.record_answer(rec, _update(scheduler, rec))

    try:
        await admin.execute("SELECT pg_stat_statements_reset()")
        server_before = _cpu_seconds(await _server_pids(admin))
        client_before = time.process_time()
        rate = await _users(USERS, EACH, answer)
        client = time.process_time() - client_before
        server_after = _cpu_seconds(await _server_pids(admin))
        server = sum(t - server_before.get(pid, 0.0) for pid, t in server_after.items())
        statements = await admin.fetch(TOP_STATEMENTS)
        batches = store.stats.batches
        await store.close()
        await asyncio.sleep(1.0)  # the writer's server processes report their counts as they end
        totals = await admin.fetchrow(TOTALS_UPDATES)
    finally:
        await store.close()
        await admin.close()
    total = USERS * EACH
    print(
        f"{rate:,.0f} answers/s; {batches} batches of {total / batches:.0f}; CPU per answer: "
        f"here {client / total * 1e6:.0f} us, server {server / total * 1e6:.0f} us"
    )
    for row in statements:
        print(
            f"  {row['calls']:4d} x {row['ms']:6.2f} ms, WAL {row['wal'] / total:5.0f} B/answer"
            f"  {row['query']}"
        )
    if totals is not None and totals["updates"] is not None:
        print(f"  learner_totals: {totals['updates']:,} row updates, {totals['hot']:,} of them HOT")


def without_totals(statement: str) -> str:
    """`statement` (`pg_batch.RECORD_ANSWERS`) less the parts that keep the totals, its
    parameters still typed: the same answers inserted and review states read."""
    start = statement.index("), counts AS (")
    end = statement.index("), locked AS (")
    return f"{statement[:start]}), unused AS (SELECT $2::date[], $3::integer[]{statement[end:]}"


async def main(runs: int, compare_totals: bool = False) -> None:
    """Profile `runs` runs, each on a fresh database (with `compare_totals`, each followed by
    a run without the totals)."""
    statement = pg_batch.RECORD_ANSWERS
    async with _postgres("-c shared_preload_libraries=pg_stat_statements") as fresh:
        if fresh is None:
            print("no PostgreSQL binaries: nothing to profile")
            return
        try:
            for _ in range(runs):
                for variant in (statement, without_totals(statement))[: 1 + compare_totals]:
                    pg_batch.RECORD_ANSWERS = variant
                    if compare_totals:
                        label = "with totals" if variant is statement else "without totals"
                        print(f"{label}: ", end="")
                    await _profile_run(await fresh())
        finally:
            pg_batch.RECORD_ANSWERS = statement


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answers_profile")
    parser.add_argument("runs", nargs="?", type=int, default=3)
    parser.add_argument(
        "--without-totals", action="store_true", help="alternate with runs keeping no totals"
    )
    args = parser.parse_args()
    asyncio.run(main(args.runs, args.without_totals))
