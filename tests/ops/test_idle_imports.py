"""An idle bot carries only what it uses: drafting and the metrics server load on first use."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LOADED_ON_USE = ["lxml", "bot.authoring", "prometheus_client", "aiohttp.web", "bot.ops.metrics"]

PROBE = """
import asyncio, json, sys, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
from bot.config import Settings
from bot.discord_bot import runner
from bot.app import build_services
from bot.discord_bot.client import BriefBot

async def main(content, url, draft):
    services = await build_services(Settings(content_dir=Path(content), database_url=url))
    BriefBot(services)
    idle = [name for name in {names!r} if name in sys.modules]
    drafted = None
    if draft:
        text, checklist = services.content.drafter(draft, "article.txt")
        drafted = "DRAFT made by `briefbot draft`" in text and bool(checklist)
    await services.close()
    return idle, drafted

print(json.dumps(asyncio.run(main(*sys.argv[1:4]))))
"""


def _probe(tmp_path: Path, draft: str = "") -> tuple[list[str], bool | None]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE.format(names=LOADED_ON_USE),
            str(REPO / "content"),
            url,
            draft,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    idle, drafted = json.loads(result.stdout.strip().splitlines()[-1])
    return idle, drafted


def test_a_started_bot_has_not_loaded_drafting_or_the_metrics_server(tmp_path: Path) -> None:
    idle, _ = _probe(tmp_path)
    assert idle == []


def test_drafting_still_works_when_first_asked(tmp_path: Path) -> None:
    article = (REPO / "tests" / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    _, drafted = _probe(tmp_path, article)
    assert drafted is True
