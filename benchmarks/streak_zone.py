"""/score's store work for a heavy student with a /remind zone: the store before migration
0013 (no `ix_answers_streak`, each day's first and last answer read by grouping all the
run's answers) against now (that index, and two index seeks per day).

`python -m benchmarks.streak_zone [--runs N]`: one SQLite file (and a throwaway PostgreSQL
server when its binaries are found, as the store tests do) holds a heavy student (365 days
in a row, 100 answers a day spread over the day) among 1,000 lighter learners. Each round
times `SqlProgress.score` for the heavy student with the zone Europe/Paris and without a
zone (UTC days), first now, then before (the index dropped and the earlier query in use),
then creates the index again: the two states alternate, so the machine's load falls on both
alike. Prints the medians in ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sqlite3
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.table import median
from bot.store import open_store, progress
from bot.store.sql import open_sql

__all__ = ["measure"]

HEAVY, GUILD = 10_000_000, 1
DAYS, EACH = 365, 100
LEARNERS, LIGHT_EACH = 1_000, 100
NOW = dt.datetime(2026, 11, 27, 18, 0, tzinfo=dt.UTC)
ZONE = ZoneInfo("Europe/Paris")
INDEX = "ix_answers_streak"
_CREATE = f"CREATE INDEX {INDEX} ON answers (user_id, answered_day, answered_at)"
_EDGES_BEFORE = (
    "SELECT MIN(answered_at), MAX(answered_at) FROM answers"
    " WHERE user_id = :user AND answered_day >= :since GROUP BY answered_day"
)
"""The day edges' query before: it reads every answer of the run (no index holds the time)."""


def _answers() -> list[tuple[object, ...]]:
    """The data set: (user, guild, briefing, question, section, correct, seconds, at, day,
    session) rows, the heavy student's first."""
    rng = random.Random(29)
    rows: list[tuple[object, ...]] = []

    def add(user: int, at: dt.datetime, n: int) -> None:
        rows.append(
            (user, GUILD, f"b{n % 40}", f"q{n}", "s1", rng.random() < 0.7, 4.0, at, at.date(),
             f"quiz-{user}-{n // 10}")
        )  # fmt: skip

    for day in range(DAYS):
        midnight = dt.datetime.combine(NOW.date() - dt.timedelta(days=day), dt.time(), dt.UTC)
        for n in range(EACH):
            add(HEAVY, midnight + dt.timedelta(seconds=rng.randrange(86_400)), day * EACH + n)
    for user in range(LEARNERS):
        for n in range(LIGHT_EACH):
            add(user, NOW - dt.timedelta(seconds=rng.randrange(DAYS * 86_400)), n)
    return rows


def _fill_sqlite(path: Path, rows: list[tuple[object, ...]]) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO answers (user_id, guild_id, briefing_id, question_id, section_id, "
            "correct, seconds, answered_at, answered_day, session_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (*r[:7], r[7].replace(tzinfo=None).isoformat(" ", "microseconds"),  # type: ignore[attr-defined]
                 r[8].isoformat(), r[9])  # type: ignore[attr-defined]
                for r in rows
            ],
        )  # fmt: skip
        db.execute("COMMIT")  # no ANALYZE: the bot never runs it
    finally:
        db.close()


async def _fill_postgres(url: str, rows: list[tuple[object, ...]]) -> None:
    import asyncpg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    db = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )
    try:
        await db.copy_records_to_table(
            "answers",
            records=rows,
            columns=[
                "user_id", "guild_id", "briefing_id", "question_id", "section_id", "correct",
                "seconds", "answered_at", "answered_day", "session_id",
            ],
        )  # fmt: skip
        await db.execute("VACUUM ANALYZE answers")  # as autovacuum would, after a bulk load
    finally:
        await db.close()


@asynccontextmanager
async def _postgres() -> AsyncIterator[str | None]:
    """A throwaway server's URL, or None without PostgreSQL binaries (or the tests folder)."""
    try:
        from tests.store.pg import PostgresServer, PostgresUnavailableError
    except ImportError:  # pragma: no cover - the tests folder is not shipped
        yield None
        return
    server = PostgresServer()
    try:
        url = server.start()
    except PostgresUnavailableError:
        yield None
        return
    try:
        yield url
    finally:
        server.stop()


async def _round(url: str, zone: dt.tzinfo | None) -> float:
    store = await open_store(url, clock=lambda: NOW)
    try:
        await store.progress.score(HEAVY, None, NOW, zone=zone)  # warm
        started = time.perf_counter()
        await store.progress.score(HEAVY, None, NOW, zone=zone)
        return (time.perf_counter() - started) * 1000
    finally:
        await store.close()


async def _alternate(url: str, runs: int) -> dict[tuple[bool, bool], float]:
    """Median ms per (now or before, zone given), the two states alternating."""
    sql = open_sql(url)
    samples: dict[tuple[bool, bool], list[float]] = {}
    edges_now = progress._DAY_EDGES
    try:
        for _ in range(runs):
            for indexed in (True, False):
                progress._DAY_EDGES = edges_now if indexed else _EDGES_BEFORE
                for zoned in (True, False):
                    ms = await _round(url, ZONE if zoned else None)
                    samples.setdefault((indexed, zoned), []).append(ms)
                await sql.execute(f"DROP INDEX {INDEX}" if indexed else _CREATE)
    finally:
        progress._DAY_EDGES = edges_now
        await sql.close()
    return {key: median(values) for key, values in samples.items()}


def _print(name: str, figures: dict[tuple[bool, bool], float]) -> None:
    for indexed, label in ((False, "before"), (True, "now")):
        zoned, utc = figures[(indexed, True)], figures[(indexed, False)]
        print(f"{name} {label}: zone {zoned:.1f} ms, UTC {utc:.1f} ms, zone/UTC {zoned / utc:.1f}x")


async def measure(runs: int) -> None:
    """Print the medians on SQLite and, when available, PostgreSQL."""
    rows = _answers()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "streak.sqlite3"
        url = f"sqlite+aiosqlite:///{path}"
        await (await open_store(url)).close()
        await asyncio.to_thread(_fill_sqlite, path, rows)
        _print("SQLite", await _alternate(url, runs))
    async with _postgres() as pg_url:
        if pg_url is None:
            print("PostgreSQL: no server binaries, not measured")
            return
        await (await open_store(pg_url)).close()
        await _fill_postgres(pg_url, rows)
        _print("PostgreSQL", await _alternate(pg_url, runs))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    asyncio.run(measure(parser.parse_args().runs))
