"""Fixtures for tests that run briefbot itself: its content, settings, services and the bot.

Conftests re-export them (`from tests.bot_fixtures import ...`); a test module may override
`clock` (a FakeClock) or `content`.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.config import Settings
from bot.core.clock import Clock
from bot.core.loader import LoadResult, load_briefing_bytes
from bot.core.yamlread import Limits
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble

__all__ = ["HARBOUR", "bot", "clock", "content", "services", "settings"]

ROOT = Path(__file__).resolve().parents[1]
HARBOUR = (
    (ROOT / "tests" / "fixtures" / "mini_briefing.yaml")
    .read_text()
    .replace("id: mini", "id: harbour")
    .replace("title: A small test briefing", "title: Harbour reopens")
)
"""The small test briefing as `harbour`, "Harbour reopens": a server's own briefing in tests."""


_PARSED: dict[tuple[bytes, str, Limits | None], LoadResult] = {}
"""Briefings this worker's test services have loaded, by their bytes, name and limits."""


def _parsed_once(raw: bytes, name: str, limits: Limits | None = None) -> LoadResult:
    """`load_briefing_bytes`, remembered for a briefing that loads: almost every test's
    services read the same two files, and a loaded briefing is immutable (frozen models),
    so each worker parses them once. A file with problems is read every time (its messages
    are in the language of the moment)."""
    key = (raw, name, limits)
    result = _PARSED.get(key)
    if result is None:
        result = load_briefing_bytes(raw, name, limits)
        if result.ok:
            _PARSED[key] = result
    return result


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A content folder with the bundled briefing and the small test one (`mini`)."""
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ROOT / "content" / "nk-troops-russia.yaml", folder)
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", folder / "mini.yaml")
    return folder


@pytest.fixture
def settings(tmp_path: Path, content: Path) -> Settings:
    """Settings over that content and a fresh SQLite file."""
    return Settings(
        content_dir=content,
        database_url=f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3",
        quiz_timer_seconds=20,
    )


@pytest.fixture
def clock() -> Clock | None:
    """The services' clock: None is the real one; override with a FakeClock."""
    return None


@pytest.fixture
async def services(
    settings: Settings,
    clock: Clock | None,
    migrated_database: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Services]:
    """The services, closed after the test; a new SQLite database starts as a copy of
    `migrated_database` (what a restart opens), not migrated again for each test, and the
    content folder's briefings are parsed once per worker (`_parsed_once`)."""
    monkeypatch.setattr("bot.core.library.load_briefing_bytes", _parsed_once)
    prefix = "sqlite+aiosqlite:///"
    if settings.database_url.startswith(prefix):
        database = Path(settings.database_url.removeprefix(prefix))
        if database.parent.is_dir() and not database.exists():
            shutil.copy(migrated_database, database)
    services = await build_services(settings, clock=clock)
    yield services
    await services.close()


@pytest.fixture
async def bot(discord_double: DiscordDouble, services: Services) -> BriefBot:
    """briefbot connected to the Discord double."""
    return await discord_double.start(BriefBot(services))
