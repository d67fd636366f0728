"""Two identical /assign at the same instant (a moderator's retry racing the first, or two
moderators setting the same work): the work is set once and both replies name it (was: the
service listed the server's work, then added it, so two at once both found none and both
landed: the class saw the work twice and was reminded twice)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
WORK = {
    "briefing": "nk-troops-russia",
    "due_date": "2026-03-10",
    "due_time": "12:00",
    "remind_minutes": 60,
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(30)
async def test_two_identical_assigns_at_the_same_instant_set_the_work_once(
    discord_double: DiscordDouble, bot, services: Services
):
    figures = tally("/assign twice at the same instant")
    moderator = discord_double.moderator
    sent = await asyncio.gather(
        *(discord_double.slash("assign", WORK, user=moderator) for _ in range(3))
    )
    shown = [await s.message(timeout=10) for s in sent]
    figures.tried += 1
    found = await services.assignments.list_for_guild(discord_double.guild.id)
    assert len(found) == 1, "the same work at once is set once"
    assert all(f"#{found[0].id}" in s.text for s in shown), "each reply names that work"
    figures.survived += 1
