"""Reading replies are rendered once per briefing, and a reload that changes it shows anew."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import build_services
from bot.config import Settings
from bot.discord_bot.client import BriefBot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def reading(discord_double, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    services = await build_services(
        Settings(content_dir=content, database_url=f"sqlite+aiosqlite:///{tmp_path}/b.sqlite3")
    )
    await discord_double.start(BriefBot(services))
    yield content, services
    await services.close()


async def test_a_reloaded_briefing_is_shown_as_it_is_now(discord_double, reading):
    content, services = reading
    first = await (await discord_double.slash("brief", {"briefing": "mini"})).response()
    again = await (await discord_double.slash("brief", {"briefing": "mini"})).response()
    assert "reopened three days after a storm" in first.message.text
    assert again.message.embeds == first.message.embeds

    text = (content / "mini.yaml").read_text()
    (content / "mini.yaml").write_text(
        text.replace("reopened three days after a storm closed it.", "reopened on Monday.", 1)
    )
    services.library.reload()

    after = await (await discord_double.slash("brief", {"briefing": "mini"})).response()
    assert "reopened on Monday." in after.message.text
    assert "three days after a storm" not in after.message.embeds[0]["description"]
