"""Would `reviews` as a WITHOUT ROWID table make the answer writer cheaper on SQLite?

`python -m benchmarks.reviews_rowid [rounds] [batches]` writes the same review states through
the writer's own statement (`SqliteStatements.upsert_reviews`, batches of 500, each in a
transaction of `SqliteWriter`) into two fresh stores: the migrated schema (`reviews` a rowid
table with its primary key as a second B-tree) and a copy whose `reviews` is rebuilt WITHOUT
ROWID (the key is the table), the same columns and index. First every state is new (first
answers), then every one is replaced (second answers). Rounds alternate the two; it prints
the writer thread's CPU time per review state for each phase and their medians. A diagnostic,
outside `make bench`.

For instructions, which do not move with the machine's load, run one variant under callgrind
and take away its set-up (`--skip`: the stores built, nothing written):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python -m benchmarks.reviews_rowid 1 20 --only rowid [--skip]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bot.core.progress import ReviewState
from bot.core.review import ReviewScheduler
from bot.store import open_store
from bot.store.batch_sql import SqliteStatements
from bot.store.sqlite_writer import SqliteWriter
from bot.store.writer import MAX_BATCH

VARIANTS = ("rowid", "without_rowid")
NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
QuestionKey = tuple[int, str, str]


async def _fresh_store(path: Path) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{path}")  # migrated, as a bot's store
    await store.close()


def _without_rowid(path: Path) -> None:
    """Rebuild `reviews` WITHOUT ROWID: the same columns, key and index, the key the table."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        (table_sql,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reviews'"
        ).fetchone()
        indexes = [
            sql
            for (sql,) in db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews' "
                "AND sql IS NOT NULL"
            )
        ]
        db.execute("BEGIN")
        db.execute("DROP TABLE reviews")
        db.execute(f"{table_sql} WITHOUT ROWID")
        for sql in indexes:
            db.execute(sql)
        db.execute("COMMIT")
    finally:
        db.close()


def _keys(count: int, rng: random.Random) -> list[QuestionKey]:
    """`count` review keys as the bot makes them: Discord ids, a briefing, question ids."""
    users = [rng.randrange(10**17, 10**18) for _ in range(max(1, count // 20))]
    return sorted(
        {
            (rng.choice(users), "bundled-briefing-2026", f"q{rng.randrange(1000):03d}")
            for _ in range(count * 2)
        }
    )[:count]


def _states(
    keys: list[QuestionKey], previous: dict[QuestionKey, ReviewState]
) -> list[tuple[QuestionKey, ReviewState]]:
    scheduler = ReviewScheduler(fuzz=False)
    return [
        (
            key,
            scheduler.answer(
                previous.get(key),
                correct=True,
                seconds=8.0,
                expected_seconds=20.0,
                kind="choice",
                now=NOW,
            ),
        )
        for key in keys
    ]


def _write(path: Path, states: list[tuple[QuestionKey, ReviewState]]) -> float:
    """CPU seconds of this thread spent upserting `states` in batches (commits not counted)."""
    writer = SqliteWriter(str(path), None)
    statements = SqliteStatements()
    spent = 0.0
    try:
        for start in range(0, len(states), MAX_BATCH):
            with writer.transaction() as conn:
                began = time.thread_time()
                statements.upsert_reviews(conn, states[start : start + MAX_BATCH], NOW)
                spent += time.thread_time() - began
    finally:
        writer.close()
    return spent


def run(
    rounds: int, batches: int, only: str | None, skip: bool
) -> dict[str, list[tuple[float, float]]]:
    """Per variant, per round: (CPU us per new state, CPU us per replaced state)."""
    count = batches * MAX_BATCH
    keys = _keys(count, random.Random(18))
    first = _states(keys, {})
    second = _states(keys, dict(first))
    results: dict[str, list[tuple[float, float]]] = {v: [] for v in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="briefbot-rowid-") as root:
        for round_ in range(rounds):
            for variant in VARIANTS if only is None else (only,):
                path = Path(root) / f"{variant}-{round_}.sqlite3"
                asyncio.run(_fresh_store(path))
                if variant == "without_rowid":
                    _without_rowid(path)
                if skip:
                    continue
                new = _write(path, first)
                replaced = _write(path, second)
                results[variant].append((new / count * 1e6, replaced / count * 1e6))
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reviews_rowid")
    parser.add_argument("rounds", nargs="?", type=int, default=5)
    parser.add_argument("batches", nargs="?", type=int, default=20)
    parser.add_argument("--only", choices=VARIANTS, help="one variant (for callgrind)")
    parser.add_argument("--skip", action="store_true", help="build the stores, write nothing")
    args = parser.parse_args(argv)
    results = run(args.rounds, args.batches, args.only, args.skip)
    print(
        f"{args.batches * MAX_BATCH:,} review states per phase, CPU us per state (writer thread):"
    )
    for variant, runs in results.items():
        if not runs:
            continue
        for new, replaced in runs:
            print(f"  {variant:14} new {new:6.2f}  replaced {replaced:6.2f}")
        print(
            f"  {variant:14} median new {statistics.median(r[0] for r in runs):6.2f}  "
            f"replaced {statistics.median(r[1] for r in runs):6.2f}"
        )


if __name__ == "__main__":
    main()
