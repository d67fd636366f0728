"""The console with `--guild`: a server's published briefings beside the bundled ones."""

from __future__ import annotations

from pathlib import Path

from test_console_process import run_console

from bot.authoring.checklist import draft_with_checklist
from bot.core.clock import SystemClock
from bot.core.content import Catalog, ContentService
from bot.core.library import Library
from bot.store import open_store
from tests.bot_fixtures import HARBOUR

ROOT = Path(__file__).resolve().parents[2]


async def test_the_console_serves_one_servers_briefings_only_when_asked(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path}/db.sqlite3"
    store = await open_store(url)
    try:
        content = ContentService(
            store.server_briefings,
            Catalog(Library(ROOT / "content")),
            SystemClock(),
            draft_with_checklist,
        )
        await content.upload(42, "harbour.yaml", HARBOUR.encode())
        await content.publish(42, "harbour")
        await content.upload(43, "docks.yaml", HARBOUR.replace("Harbour reopens", "Docks").encode())
        await content.publish(43, "harbour")
    finally:
        await store.close()
    env = {"DATABASE_URL": url}

    ours = run_console("/briefings\n/quiz 2 harbour\n1\n1\n", "console", "--guild", "42", env=env)
    bundled = run_console("/briefings\n/quiz 2 harbour\n", "console", env=env)

    assert ours.returncode == 0, ours.stderr
    assert "Harbour reopens" in ours.stdout and "Docks" not in ours.stdout
    assert "nk-troops-russia" in ours.stdout
    assert "Question 1/2" in ours.stdout
    assert "Harbour reopens" not in bundled.stdout and "Docks" not in bundled.stdout
    assert "Question 1/2" not in bundled.stdout
