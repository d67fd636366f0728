"""Row c: durable answers per second from 1,000 concurrent users, each acknowledged after commit.

Ours is `SqlAnswers.record_answer` with the review update the study service passes (the FSRS
schedule computed inside the transaction), through the group-commit writer. The reference is
the naive way, measured in the same run on the same schema and durability settings: each
answer in its own transaction (read the review state, compute it, insert, upsert, commit).
SQLite runs WAL with `synchronous=FULL`; PostgreSQL (when its binaries are installed) runs
with `fsync=on` and `synchronous_commit=on`, which the test server (tests/store/pg.py) turns
off for speed and this benchmark turns back on. After each run every answer is counted back.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiosqlite
import asyncpg
from sqlalchemy.engine import make_url

from benchmarks.collector import as_in_our_process
from benchmarks.table import Row, at_least, median
from bot.core.progress import AnswerRecord, ReviewState
from bot.core.review import ReviewScheduler
from bot.core.store_port import AppStore
from bot.store import open_store

__all__ = ["measure"]

TARGET = 20_000
GUILD = 1
BRIEFING = "nk-troops-russia"
NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
Naive = Callable[[AnswerRecord], Awaitable[None]]


def _record(user: int, question: int, session: str) -> AnswerRecord:
    return AnswerRecord(
        user_id=user,
        guild_id=GUILD,
        briefing_id=BRIEFING,
        question_id=f"q{question}",
        section_id="s1",
        correct=question % 3 != 0,
        seconds=4.0,
        answered_at=NOW,
        session_id=session,
    )


def _update(scheduler: ReviewScheduler, rec: AnswerRecord) -> Callable[..., ReviewState]:
    def update(previous: ReviewState | None) -> ReviewState:
        return scheduler.answer(
            previous,
            correct=rec.correct,
            seconds=rec.seconds,
            expected_seconds=20.0,
            kind="choice",
            now=NOW,
        )

    return update


async def _users(
    users: int, each: int, answer: Callable[[AnswerRecord], Awaitable[object]]
) -> float:
    """`users` concurrent users, each giving `each` answers one after another; answers/s."""

    async def one(user: int) -> None:
        for question in range(each):
            await answer(_record(user, question, f"run-{user}"))

    # What is alive before the run (this process's modules, the store, the scheduler) is
    # frozen out of the collector, as a bot's start-up is (`bot.ops.memory`) and as row a
    # does: a full collection would otherwise walk the benchmark's own imports too.
    gc.collect()
    gc.freeze()
    try:
        start = time.perf_counter()
        await asyncio.gather(*(one(u) for u in range(users)))
        return users * each / (time.perf_counter() - start)
    finally:
        gc.unfreeze()


async def _ours(url: str, users: int, each: int) -> float:
    scheduler = ReviewScheduler()
    store = await open_store(url)
    try:

        async def answer(rec: AnswerRecord) -> None:
            if not await store.answers.record_answer(rec, _update(scheduler, rec)):
                raise RuntimeError(f"answer not recorded as new: {rec}")

        with as_in_our_process():
            rate = await _users(users, each, answer)
        await _check(store, users, each)
    finally:
        await store.close()
    return rate


async def _check(store: AppStore, users: int, each: int) -> None:
    """Every acknowledged answer is there, once, with a review state."""
    board = await store.progress.leaderboard(GUILD, limit=users + 1)
    if len(board) != users or any(e.answered != each for e in board):
        raise RuntimeError("answers were lost or counted twice")
    for user in (0, users // 2, users - 1):
        for question in (0, each - 1):
            if await store.reviews.get_review(user, BRIEFING, f"q{question}") is None:
                raise RuntimeError(f"no review state for user {user} question {question}")


# -- the naive references ---------------------------------------------------------------------


_INSERT = (
    "INSERT INTO answers (user_id, guild_id, briefing_id, question_id, section_id, correct, "
    "seconds, answered_at, answered_day, session_id) VALUES ({})"
)
_SELECT = (
    "SELECT card, due, mastered FROM reviews "
    "WHERE user_id = {} AND briefing_id = {} AND question_id = {}"
)
_UPSERT = (
    "INSERT INTO reviews (user_id, briefing_id, question_id, card, due, mastered, updated_at) "
    "VALUES ({}) ON CONFLICT (user_id, briefing_id, question_id) DO UPDATE SET "
    "card = excluded.card, due = excluded.due, mastered = excluded.mastered, "
    "updated_at = excluded.updated_at"
)


async def _naive_sqlite(path: Path, users: int, each: int) -> float:
    scheduler = ReviewScheduler()
    db = await aiosqlite.connect(path, isolation_level=None)
    lock = asyncio.Lock()
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000"):
            await db.execute(f"PRAGMA {pragma}")
        q = ", ".join("?" * 10)

        async def answer(rec: AnswerRecord) -> None:
            async with lock:  # one connection: one transaction at a time
                await db.execute("BEGIN IMMEDIATE")
                cursor = await db.execute(_SELECT.format("?", "?", "?"), _key(rec))
                row = await cursor.fetchone()
                previous = None if row is None else ReviewState(row[0], _sqlite_time(row[1]))
                state = _update(scheduler, rec)(previous)
                when = _sqlite_time_text(rec.answered_at)
                await db.execute(
                    _INSERT.format(q),
                    (
                        *_key(rec)[:1],
                        rec.guild_id,
                        *_key(rec)[1:],
                        rec.section_id,
                        rec.correct,
                        rec.seconds,
                        when,
                        when[:10],
                        rec.session_id,
                    ),
                )
                await db.execute(
                    _UPSERT.format(", ".join("?" * 7)),
                    (*_key(rec), state.card, _sqlite_time_text(state.due), state.mastered, when),
                )
                await db.execute("COMMIT")

        return await _users(users, each, answer)
    finally:
        await db.close()


def _key(rec: AnswerRecord) -> tuple[int, str, str]:
    return (rec.user_id, rec.briefing_id, rec.question_id)


def _sqlite_time_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def _sqlite_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


async def _naive_postgres(url: str, users: int, each: int) -> float:
    scheduler = ReviewScheduler()
    parsed = make_url(url)
    pool = await asyncpg.create_pool(
        host=parsed.host,
        port=parsed.port,
        user=parsed.username,
        database=parsed.database,
        min_size=10,
        max_size=10,
    )
    try:
        insert = _INSERT.format(", ".join(f"${i}" for i in range(1, 11)))
        select = _SELECT.format("$1", "$2", "$3")
        upsert = _UPSERT.format(", ".join(f"${i}" for i in range(1, 8)))

        async def answer(rec: AnswerRecord) -> None:
            async with pool.acquire() as conn, conn.transaction():
                row = await conn.fetchrow(select, *_key(rec))
                previous = None if row is None else ReviewState(row[0], row[1])
                state = _update(scheduler, rec)(previous)
                await conn.execute(
                    insert,
                    rec.user_id,
                    rec.guild_id,
                    rec.briefing_id,
                    rec.question_id,
                    rec.section_id,
                    rec.correct,
                    rec.seconds,
                    rec.answered_at,
                    rec.answered_at.date(),
                    rec.session_id,
                )
                await conn.execute(upsert, *_key(rec), state.card, state.due, state.mastered, NOW)

        return await _users(users, each, answer)
    finally:
        await pool.close()


# -- the databases ----------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _sqlite() -> AsyncIterator[Callable[[], Awaitable[tuple[str, Path]]]]:
    root = Path(tempfile.mkdtemp(prefix="briefbot-bench-db-"))
    count = 0

    async def fresh() -> tuple[str, Path]:
        nonlocal count
        count += 1
        path = root / f"answers-{count}.sqlite3"
        store = await open_store(f"sqlite+aiosqlite:///{path}")  # creates the schema
        await store.close()
        return f"sqlite+aiosqlite:///{path}", path

    try:
        yield fresh
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.asynccontextmanager
async def _postgres(options: str = "") -> AsyncIterator[Callable[[], Awaitable[str]] | None]:
    """Fresh databases on a durable server (`options`: more server settings, for diagnostics)."""
    try:
        from tests.store.pg import PostgresServer, PostgresUnavailableError
    except ImportError:  # pragma: no cover - the tests folder is not shipped
        yield None
        return
    try:
        server = PostgresServer()
        server_url = server.start()
    except PostgresUnavailableError:
        yield None
        return
    try:
        # The test server runs without fsync; a durability benchmark needs it back. Command
        # line settings beat ALTER SYSTEM, so restart it with the defaults (fsync on).
        assert server.root is not None
        server._run(
            "pg_ctl",
            "restart",
            "-D",
            str(server.root / "data"),
            "-w",
            "-m",
            "fast",
            "-l",
            str(server.root / "log"),
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {server.port} -k {server.root} "
            f"-c max_connections=200 {options}",
        )
        admin = await _connect(server_url)
        try:
            settings = [await admin.fetchval(f"SHOW {name}") for name in _DURABLE]
        finally:
            await admin.close()
        if settings != ["on"] * len(_DURABLE):
            raise RuntimeError(
                f"PostgreSQL is not durable: {dict(zip(_DURABLE, settings, strict=True))}"
            )
        count = 0

        async def fresh() -> str:
            nonlocal count
            count += 1
            name = f"bench_{count}"
            admin = await _connect(server_url)
            try:
                await admin.execute(f'CREATE DATABASE "{name}"')
            finally:
                await admin.close()
            url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
            store = await open_store(url)
            await store.close()
            return url

        yield fresh
    finally:
        server.stop()


_DURABLE = ("fsync", "synchronous_commit", "full_page_writes")


async def _connect(url: str) -> asyncpg.Connection:
    parsed = make_url(url)
    return await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )


async def measure(users: int, each: int, naive_each: int, runs: int) -> list[Row]:
    """Rows c1 (SQLite) and c2 (PostgreSQL, when available)."""
    target = at_least(TARGET, f">= {TARGET:,}/s")
    rows: list[Row] = []
    ours: list[float] = []
    naive: list[float] = []
    async with _sqlite() as fresh_sqlite:
        for _ in range(runs):
            url, _path = await fresh_sqlite()
            ours.append(await _ours(url, users, each))
            _url, path = await fresh_sqlite()
            naive.append(await _naive_sqlite(path, users, naive_each))
    rows.append(
        Row(
            "c1",
            f"durable answers, SQLite, {users:,} users",
            "/s",
            median(ours),
            median(naive),
            "commit per answer",
            target,
            runs,
        )
    )
    ours, naive = [], []
    async with _postgres() as fresh_pg:
        if fresh_pg is None:
            rows.append(
                Row(
                    "c2",
                    "durable answers, PostgreSQL",
                    "/s",
                    float("nan"),
                    None,
                    "not measured: no PostgreSQL binaries",
                    target,
                    0,
                )
            )
            return rows
        for _ in range(runs):
            ours.append(await _ours(await fresh_pg(), users, each))
            naive.append(await _naive_postgres(await fresh_pg(), users, naive_each))
    rows.append(
        Row(
            "c2",
            f"durable answers, PostgreSQL, {users:,} users",
            "/s",
            median(ours),
            median(naive),
            "commit per answer",
            target,
            runs,
        )
    )
    return rows
