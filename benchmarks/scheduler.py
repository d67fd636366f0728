"""Rows h: one scheduler tick's reads with 10,000 schedules, and the question-of-the-day reveal.

A temporary SQLite store (migrated by `open_store`) gets 10,000 daily schedules in 1,000
servers, each already planned (its next run within the coming day, so a 30 s tick finds a
handful due), 1,000 open questions of the day and 10,000 solo quizzes in progress, by bulk
insert. Ours is what a tick now reads and plans: `SqlSchedules.due_schedules` and the rules for each
schedule due; `QotdService.due_reveals` for the reveals. The references, in the same run on
the same file, are what a tick did before: load every schedule and plan each one; load every
open question of the day (`active_sessions` by kind) and check each one's reveal time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.table import Row, at_most, median
from bot.core.clock import FakeClock
from bot.core.library import Library
from bot.core.qotd import KEEP_UNREVEALED, KIND, NOBODY, QotdService
from bot.core.schedule import next_look, plan_runs
from bot.core.store_port import AppStore
from bot.store import open_store
from bot.store.batch_sql import sqlite_time

__all__ = ["measure"]

NOW = dt.datetime(2026, 6, 3, 12, 0, tzinfo=dt.UTC)
SERVERS = 1000
TARGET_MS = 10.0
_ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC")


def _schedule_rows(count: int, rng: random.Random) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for n in range(count):
        zone = _ZONES[n % len(_ZONES)]
        next_look_at = NOW + dt.timedelta(minutes=rng.randrange(24 * 60))  # its next run
        at = next_look_at.astimezone(ZoneInfo(zone)).strftime("%H:%M:00")
        rows.append(
            (
                n % SERVERS,
                n,
                "nk-troops-russia",
                "question" if n % 2 else "briefing",
                "daily",
                at,
                zone,
                sqlite_time(NOW - dt.timedelta(days=30)),
                sqlite_time(next_look_at),
            )
        )
    return rows


def _session_rows(sessions: int, rng: random.Random) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for guild in range(SERVERS):  # one open question of the day per server
        posted = NOW - dt.timedelta(seconds=rng.randrange(86_400 + 600))
        reveal = posted + dt.timedelta(days=1)
        state = {
            "kind": KIND,
            "guild_id": guild,
            "channel_id": guild,
            "briefing_id": "nk-troops-russia",
            "question_id": "q1",
            "options": ["a", "b"],
            "day": posted.date().isoformat(),
            "posted_at": posted.isoformat(),
            "reveal_at": reveal.isoformat(),
        }
        expires = sqlite_time(reveal + KEEP_UNREVEALED)
        rows.append((f"qotd-{guild}", KIND, NOBODY, guild, guild, json.dumps(state), expires))
    for n in range(sessions):
        expires = sqlite_time(NOW + dt.timedelta(hours=rng.randrange(1, 24)))
        rows.append((f"solo-{n}", "solo", n, n % SERVERS, n % SERVERS, "{}", expires))
    return rows


def _fill(path: Path, schedules: int, sessions: int) -> None:
    rng = random.Random(18)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO schedules (guild_id, channel_id, briefing_id, what, recurrence, at, "
            "timezone, created_at, next_run_at, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            # each its own number (unique in any server, as the store's counter makes them)
            ((*row, number) for number, row in enumerate(_schedule_rows(schedules, rng), 1)),
        )
        stamp = sqlite_time(NOW)
        db.executemany(
            "INSERT INTO sessions (session_id, kind, owner_id, guild_id, channel_id, state, "
            f"expires_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{stamp}')",
            _session_rows(sessions, rng),
        )
        db.execute("COMMIT")
    finally:
        db.close()


async def _timed(call: Callable[[], Awaitable[int]], repeats: int) -> tuple[float, int]:
    """Median ms of `call` (after a warm-up) and what it returned (how many it found)."""
    found = await call()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - start) * 1000)
    return median(samples), found


async def _measure(url: str, repeats: int) -> list[Row]:
    store: AppStore = await open_store(url, clock=lambda: NOW)
    tick = NOW + dt.timedelta(seconds=30)
    qotd = QotdService(Library(Path(tempfile.gettempdir())), store, FakeClock(tick))
    try:

        async def due_now() -> int:
            due = await store.schedules.due_schedules(tick)
            for schedule in due:
                plan_runs(schedule, tick)
                next_look(schedule, tick)
            return len(due)

        async def every_schedule() -> int:
            every = await store.schedules.list_schedules()
            for schedule in every:
                plan_runs(schedule, tick)
            return len(every)

        async def reveals_due() -> int:
            return len(await qotd.due_reveals(tick))

        async def every_open_question() -> int:
            return len([q for q in await qotd.open_questions() if q.reveal_at <= tick])

        ours, due = await _timed(due_now, repeats)
        before, total = await _timed(every_schedule, max(1, repeats // 5))
        reveal, revealed = await _timed(reveals_due, repeats)
        scan, _ = await _timed(every_open_question, max(1, repeats // 5))
    finally:
        await store.close()
    target = at_most(TARGET_MS, f"< {TARGET_MS:g} ms")
    return [
        Row(
            "h1",
            f"scheduler tick: {due} due of {total:,} schedules",
            "ms",
            ours,
            before,
            "load and plan every schedule",
            target,
            repeats,
        ),
        Row(
            "h2",
            f"question-of-the-day reveals: {revealed} due of {SERVERS:,} open",
            "ms",
            reveal,
            scan,
            "load every open question",
            target,
            repeats,
        ),
    ]


def measure(schedules: int, sessions: int, repeats: int) -> list[Row]:
    """Fill a temporary store, then time each tick's reads `repeats` times."""
    folder = Path(tempfile.mkdtemp(prefix="briefbot-bench-scheduler-"))
    try:

        async def run() -> list[Row]:
            url = f"sqlite+aiosqlite:///{folder / 'ticks.sqlite3'}"
            await (await open_store(url)).close()
            await asyncio.to_thread(_fill, folder / "ticks.sqlite3", schedules, sessions)
            return await _measure(url, repeats)

        return asyncio.run(run())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
