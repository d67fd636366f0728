"""A moderator's `/assign` with input it cannot use: a private sentence naming the fix, no
announcement in the channel and nothing stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
GOOD = {"briefing": "mini", "due_date": "2026-03-14", "due_time": "18:00"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def settings(tmp_path: Path, content: Path) -> Settings:
    return Settings(content_dir=content, database_url=f"sqlite+aiosqlite:///{tmp_path}/b.sqlite3")


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"due_date": "2026-03-01"}, "2026-03-01 18:00 has already passed in UTC (it is"),
        ({"due_date": "14/13/2026"}, "write it like 2026-03-14"),
        ({"due_date": "03/04/2099"}, "could be 2099-03-04 or 2099-04-03"),
        ({"due_time": "6pm-ish"}, "write it like 08:30"),
        ({"timezone": "Europe/Berln"}, "Did you mean Europe/Berlin"),
        ({"sections": "nowhere"}, "has no section “nowhere”; it has storm, reopening."),
        ({"briefing": "volcanoes"}, "No briefing matches"),
    ],
)
async def test_assign_refuses_unusable_input_privately_and_stores_nothing(
    discord_double: DiscordDouble, bot: BriefBot, options: dict[str, object], says: str
) -> None:
    reply = await (
        await discord_double.slash("assign", {**GOOD, **options}, user=discord_double.moderator)
    ).message()
    assert reply.ephemeral, "a refusal is shown to the moderator only"
    assert says in reply.text.replace("\\_", "_"), reply.text
    open_work = await (
        await discord_double.slash("assignments", user=discord_double.student)
    ).message()
    assert "Nothing is set for you" in open_work.text
