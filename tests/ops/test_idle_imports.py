"""An idle bot carries only what it uses: each heavy library loads on the first use that needs it.

Each probe is a fresh process that starts the bot as `briefbot run` does (its entry point and
runner imported, content loaded, store opened, `BriefBot` built, start-up settled), on a
database that an earlier start created: the usual restart. The very first start runs the
migrations, so it may load Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.study import EXPORT_NAME
from tests.ops.processes import run_probe

REPO = Path(__file__).resolve().parents[2]
LOADED_ON_USE = [
    "lxml",  # drafting
    "bot.authoring",
    "prometheus_client",  # the metrics server, only with METRICS_PORT
    "aiohttp.web",
    "bot.ops.metrics",
    "rapidfuzz",  # fuzzy lookups and typed answers
    "sqlalchemy",  # migrations (and PostgreSQL): the SQLite store runs plain sqlite3
    "alembic",  # migrations, only when the database is behind
    "mako",
    "pygments",
    "matplotlib",  # class charts
    "asyncpg",  # the PostgreSQL driver, on a SQLite store
    "sqlalchemy.dialects.postgresql",
    "babel",  # build-time only (`make translations`, bot/core/place_names.json)
    "anyascii",  # a typed answer in another script
    "bot.console",  # the console adapter, never in the Discord process
    "bot.core.schema",  # `briefbot schema` only
    "bot.ops.doctor",  # `briefbot doctor` only
    "logging.handlers",  # the rotating log file, only with LOG_FILE
    "gzip",  # a student's data export
]

PROBE = """
import asyncio, gc, json, sys, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
import bot.cli
from bot.config import Settings
from bot.discord_bot import runner
from bot.app import build_services
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start

async def main(content, url, draft, lookup, export):
    services = await build_services(Settings(content_dir=Path(content), database_url=url))
    BriefBot(services)
    settle_after_start()
    idle = [name for name in {names!r} if name in sys.modules]
    frozen = gc.get_freeze_count()
    drafted = found = exported = None
    if draft:
        text, checklist = services.content.drafter(draft, "article.txt")
        drafted = "DRAFT made by `briefbot draft`" in text and bool(checklist)
    if lookup:
        found = services.library.find(lookup).id
    if export:
        import gzip
        name, data = await services.study.export_file(int(export))
        exported = [name, json.loads(gzip.decompress(data))["user_id"]]
    await services.close()
    return {{
        "idle": idle, "frozen": frozen, "drafted": drafted, "found": found, "exported": exported
    }}

print(json.dumps(asyncio.run(main(*sys.argv[1:6]))))
"""


def _start(tmp_path: Path, draft: str = "", lookup: str = "", export: str = "") -> dict[str, Any]:
    """Start the bot in a fresh process over `tmp_path`'s database; what it had loaded."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    content = str(REPO / "content")
    return run_probe(PROBE.format(names=LOADED_ON_USE), content, url, draft, lookup, export)


def test_a_restarted_bot_has_loaded_no_library_it_has_not_used(tmp_path: Path) -> None:
    first = _start(tmp_path)  # creates and migrates the database
    migrations = {"sqlalchemy", "alembic", "mako", "pygments", "sqlalchemy.dialects.postgresql"}
    assert set(first["idle"]) <= migrations
    again = _start(tmp_path)
    assert again["idle"] == []
    assert again["frozen"] > 0  # start-up's objects are kept out of later full collections


def test_drafting_lookup_and_data_export_still_work_when_first_asked(tmp_path: Path) -> None:
    article = (REPO / "tests" / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    used = _start(tmp_path, article, "north korean troops in rusia", "4242")
    assert used["drafted"] is True
    assert used["found"] == "nk-troops-russia"
    assert used["exported"] == [EXPORT_NAME, 4242]  # gzip-compressed JSON of that user
