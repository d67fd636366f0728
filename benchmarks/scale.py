"""Rows g: progress reads on a big store (10^6 answers, 10^4 learners, one server).

The store is a temporary SQLite file (WAL, `synchronous=FULL`) migrated by `open_store`,
then filled with bulk inserts: answers over 26 weeks, each learner's review states, and the
learners' totals as the answer writer would have kept them. Each row times one student
command's store work through the real store, repeated for different learners (medians):
`/leaderboard` is the top ten and the caller's rank; `/score` and `/review` are one learner's.
The references, measured on the same file in the same run: the leaderboard as a full
count of the answers (what `/leaderboard` ran before the totals), and for `/score` and
`/review` the floor of any read through the store's SQL port (`SELECT 1`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path

from benchmarks.table import Row, Target, at_most, median
from bot.core.store_port import AppStore
from bot.store import open_store
from bot.store.sql import open_sql
from bot.store.totals import ALL_TIME, week_key

__all__ = ["build", "measure"]

GUILD = 1
NOW = dt.datetime(2026, 6, 3, 12, 0, tzinfo=dt.UTC)  # a Wednesday
WEEKS = 26
REVIEWS_EACH = 20
BOARD_MS, OWN_MS = 20.0, 10.0

_ANSWER = (
    "INSERT INTO answers (user_id, guild_id, briefing_id, question_id, section_id, correct, "
    "seconds, answered_at, answered_day, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_REVIEW = (
    "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, updated_at) "
    "VALUES (?, ?, ?, '{}', ?, ?, ?)"
)
_TOTAL = (
    "INSERT INTO learner_totals (guild_id, period, user_id, correct, answered) "
    "VALUES (?, ?, ?, ?, ?)"
)
# what /leaderboard ran before the totals: count every answer of the server
_RECOUNT_TOP = (
    "SELECT user_id, sum(correct) AS c, count(*) AS n FROM answers WHERE guild_id = ? "
    "GROUP BY user_id ORDER BY c DESC, n ASC, user_id LIMIT 10"
)


def _stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _fill(path: Path, answers: int, learners: int) -> None:
    """Bulk-insert answers, review states and the totals they make, in one transaction."""
    rng = random.Random(18)
    skill = [rng.uniform(0.3, 0.95) for _ in range(learners)]
    totals: dict[tuple[int, int], list[int]] = {}
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        batch: list[tuple[object, ...]] = []
        for n in range(answers):
            user = n % learners
            at = NOW - dt.timedelta(seconds=rng.randrange(WEEKS * 7 * 86_400))
            correct = rng.random() < skill[user]
            question = n // learners
            batch.append(
                (
                    user,
                    GUILD,
                    f"b{question % 50}",
                    f"q{question}",
                    f"s{question % 4}",
                    correct,
                    4.0,
                    _stamp(at),
                    at.date().isoformat(),
                    f"quiz-{user}-{question // 10}",
                )
            )
            for period in (ALL_TIME, week_key(at.date())):
                total = totals.setdefault((period, user), [0, 0])
                total[0] += correct
                total[1] += 1
            if len(batch) == 50_000:
                db.executemany(_ANSWER, batch)
                batch.clear()
        db.executemany(_ANSWER, batch)
        db.executemany(_TOTAL, ((GUILD, p, u, c, a) for (p, u), (c, a) in sorted(totals.items())))
        db.executemany(
            _REVIEW,
            (
                (u, f"b{q % 50}", f"q{q}", _stamp(NOW + dt.timedelta(hours=q - 10)), q > 15, "x")
                for u in range(learners)
                for q in range(REVIEWS_EACH)
            ),
        )
        db.execute("COMMIT")  # no ANALYZE: the bot never runs it, so neither does this
    finally:
        db.close()


async def build(folder: Path, answers: int, learners: int) -> str:
    """A migrated store file under `folder` holding the data set; its URL."""
    url = f"sqlite+aiosqlite:///{folder / 'big.sqlite3'}"
    store = await open_store(url)
    await store.close()
    await asyncio.to_thread(_fill, folder / "big.sqlite3", answers, learners)
    return url


async def _timed(calls: list[Callable[[], Awaitable[object]]]) -> float:
    """The median of each call's wall time, in ms (after one warm-up call)."""
    await calls[0]()
    samples = []
    for call in calls:
        start = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - start) * 1000)
    return median(samples)


async def _board(store: AppStore, user: int, week: dt.date | None) -> None:
    await store.progress.leaderboard(GUILD, week, 10)
    await store.progress.rank_of(GUILD, user, week)


async def _measure(url: str, learners: int, repeats: int) -> list[Row]:
    store = await open_store(url, clock=lambda: NOW)
    sql = open_sql(url)  # the store's own port, for the references
    try:
        users = random.Random(7).sample(range(learners), repeats)
        this_week = NOW.date()

        async def floor() -> None:
            await sql.scalar("SELECT 1")

        async def recount() -> None:
            await sql.rows(_RECOUNT_TOP.replace("?", str(GUILD)))

        all_time = await _timed([partial(_board, store, u, None) for u in users])
        week = await _timed([partial(_board, store, u, this_week) for u in users])
        rank = await _timed([partial(store.progress.rank_of, GUILD, u) for u in users])
        score = await _timed([partial(store.progress.score, u, GUILD, NOW) for u in users])
        review = await _timed([partial(store.reviews.due_reviews, u, NOW) for u in users])
        base = await _timed([floor] * repeats)
        old = await _timed([recount] * 3)
    finally:
        await store.close()
        await sql.close()
    ref = "full count of the answers"
    return [
        Row("g1", "/leaderboard all time + own rank", "ms", all_time, old, ref, _under(BOARD_MS)),
        Row("g2", "/leaderboard this week + own rank", "ms", week, old, ref, _under(BOARD_MS)),
        Row("g3", "own rank alone (all time)", "ms", rank, old, ref, _under(BOARD_MS)),
        Row("g4", "/score in the server", "ms", score, base, "SELECT 1", _under(OWN_MS)),
        Row("g5", "/review (due questions)", "ms", review, base, "SELECT 1", _under(OWN_MS)),
    ]


def _under(limit: float) -> Target:
    return at_most(limit, f"< {limit:g} ms")


def measure(answers: int, learners: int, repeats: int) -> list[Row]:
    """Build the data set in a temporary folder, then time each read `repeats` times."""
    folder = Path(tempfile.mkdtemp(prefix="briefbot-bench-scale-"))
    try:

        async def run() -> list[Row]:
            url = await build(folder, answers, learners)
            return await _measure(url, learners, repeats)

        rows = asyncio.run(run())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = f", {answers:,} answers"
    return [dataclasses.replace(r, what=r.what + note, runs=repeats) for r in rows]
