"""On SQLite the running bot loads no SQLAlchemy at all, nor Alembic, Mako, greenlet or aiosqlite.

SQLAlchemy alone costs about 12 MiB of resident memory and the SQLite store does not need it:
its repositories run plain SQL through `sqlite3` (`bot.store.sql`, `bot.store.sqlite_sql`),
and start-up reads the schema's version itself. Only a start that must migrate loads
SQLAlchemy and Alembic (`bot.store.migrate`); PostgreSQL keeps SQLAlchemy's `AsyncEngine`
and asyncpg. Each probe is a fresh process that starts the bot as `briefbot run` does on a
database an earlier start created, then uses it the way students and moderators do (a solo
quiz started and answered, an answer committed and read back, a leaderboard and the caller's
rank, a setting saved, the doctor's checks), and lists which of those modules it loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ops.processes import run_probe

REPO = Path(__file__).resolve().parents[2]
POSTGRESQL_ONLY = ["sqlalchemy", "alembic", "mako", "greenlet", "aiosqlite", "asyncpg"]
"""Loaded only to migrate or on PostgreSQL; `sqlalchemy` stands for every module of it."""

PROBE = """
import asyncio, datetime as dt, json, sys, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
from bot.config import Settings
from bot.app import build_services
from bot.core.progress import AnswerRecord
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start
from bot.store.health import check_database

def loaded():
    return [name for name in {names!r} if name in sys.modules]

async def main(content, url, session):
    services = await build_services(Settings(content_dir=Path(content), database_url=url))
    BriefBot(services)
    settle_after_start()
    idle = loaded()
    started = await services.study.start_solo(
        9, "nk-troops-russia", count=1, only=["q-troop-number"], guild_id=42
    )
    quiz = await services.study.answer_solo(started.session.session_id, 9, "3,000", guild_id=42)
    quizzed = loaded()
    store = services.store
    now = dt.datetime.now(dt.UTC)
    record = AnswerRecord(7, 42, "nk-troops-russia", "q1", None, True, 3.0, now, session, "A")
    new = await store.answers.record_answer(record)
    saved = await store.answers.session_answers(session)
    board = await store.progress.leaderboard(42)
    rank = await store.progress.rank_of(42, 7)
    settings = await store.settings.update_settings(42, quiz_timer_seconds=30)
    checks = await check_database(url)
    await services.close()
    return {{
        "idle": idle,
        "quizzed": quizzed,
        "quiz_answer": quiz.given,
        "working": loaded(),
        "new": new,
        "saved": [answer.question_id for answer in saved],
        "board": [entry.user_id for entry in board],
        "rank": rank.rank if rank else None,
        "timer": settings.quiz_timer_seconds,
        "checks": [check.ok for check in checks],
    }}

print(json.dumps(asyncio.run(main(*sys.argv[1:4]))))
"""


def _start(url: str, session: str) -> dict[str, Any]:
    """Start the bot on the database at `url` in a fresh process, use its store; what it loaded."""
    return run_probe(PROBE.format(names=POSTGRESQL_ONLY), str(REPO / "content"), url, session)


def test_a_bot_on_sqlite_loads_no_sqlalchemy_alembic_greenlet_or_aiosqlite(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    _start(f"sqlite:///{database}", "first")  # the first start creates and migrates it
    # the URL form of earlier releases (still in existing .env files) runs on sqlite3 too
    run = _start(f"sqlite+aiosqlite:///{database}", "second")
    assert run["idle"] == []
    assert run["quizzed"] == []  # a solo quiz started and answered through the core
    assert run["quiz_answer"] == "3,000"
    assert run["working"] == []
    # ... while the store did its work: committed, read back, ranked, saved, checked.
    assert run["new"] is True
    assert run["saved"] == ["q1"]
    assert run["board"] == [7, 9]  # equal on right answers and answers: by user id
    assert run["rank"] == 1
    assert run["timer"] == 30
    assert run["checks"] == [True, True, True, True]
