"""Fixtures for the hostile suite: the bot on the Discord double, and a referee that checks,
after each test, what must hold whatever users did."""

from __future__ import annotations

import logging
import shutil
import sys
import warnings
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # discord.py imports the stdlib `audioop` (voice), deprecated since Python 3.11.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tests.discord_double` is imported from the repository root
    sys.path.append(str(ROOT))

from bot.app import Services, build_services  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.discord_bot.client import BriefBot  # noqa: E402
from tests.discord_double import DiscordDouble  # noqa: E402
from tests.discord_double.fixtures import discord_double  # noqa: E402

__all__ = ["bot", "content", "discord_double", "referee", "services", "settings"]

MESSAGE_CALLBACKS = {4, 5}  # callback types that create a message


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ROOT / "content" / "nk-troops-russia.yaml", folder)
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", folder / "mini.yaml")
    return folder


@pytest.fixture
def settings(tmp_path: Path, content: Path) -> Settings:
    return Settings(
        content_dir=content,
        database_url=f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3",
        quiz_timer_seconds=20,
    )


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    services = await build_services(settings)
    yield services
    await services.close()


def message_bodies(double: DiscordDouble) -> list[tuple[str, dict]]:
    """Every body the bot sent that creates a message, with where it went."""
    found = []
    for request in double.requests():
        body = request.json if isinstance(request.json, dict) else {}
        if request.method == "POST" and request.path.endswith("/callback"):
            if body.get("type") in MESSAGE_CALLBACKS:
                found.append((str(request), dict(body.get("data") or {})))
        elif request.method == "POST" and (
            "/webhooks/" in request.path or request.path.endswith("/messages")
        ):
            found.append((str(request), body))
    return found


@pytest.fixture
async def referee(discord_double: DiscordDouble, caplog: pytest.LogCaptureFixture):
    """After the test: no handler logged an error, every interaction got an answer within
    Discord's window, and nothing the bot sent could ping anyone."""
    caplog.set_level(logging.WARNING)
    yield discord_double
    await discord_double.sync()
    interactions = discord_double.state.interactions.values
    await discord_double.wait_for(
        lambda: all(i.callback or i.rejected for i in interactions()) or None, timeout=10
    )
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    errors = [r for r in records if r.levelno >= logging.ERROR]
    assert not errors, [f"{r.name}: {r.getMessage()}" for r in errors]
    unanswered = [i for i in discord_double.state.interactions.values() if i.callback is None]
    assert not unanswered, unanswered
    assert discord_double.late_interactions() == []
    for where, body in message_bodies(discord_double):
        if "content" in body or "embeds" in body:  # a deferred "thinking..." shows nothing yet
            assert body.get("allowed_mentions") == {"parse": []}, f"{where} may ping: {body}"
    for request in discord_double.requests():
        body = request.json if isinstance(request.json, dict) else {}
        data = body.get("data") if isinstance(body.get("data"), dict) else body
        mentions = data.get("allowed_mentions")
        assert mentions in (None, {"parse": []}), f"{request} allows pings: {mentions}"


@pytest.fixture
async def bot(discord_double: DiscordDouble, services: Services, referee) -> BriefBot:
    return await discord_double.start(BriefBot(services))
