"""Walk 35: what the last walks left, and what a student's and a moderator's walk found.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.discord.test_two_servers import two_servers
from tests.discord_double import DiscordDouble


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))


@pytest.fixture
async def discord_double() -> AsyncIterator[DiscordDouble]:
    async with DiscordDouble(second_guild=True) as double:
        yield double


async def _score_in_dm(double: DiscordDouble) -> str:
    dm = double.dm_channel(double.student)
    itx = await double.slash("score", {}, user=double.student, channel=dm)
    return str((await itx.told()).text)


async def test_score_in_a_dm_names_a_servers_briefings_by_title_and_server_not_raw_id(
    discord_double: DiscordDouble, bot, services: Services
):
    """In a direct message /score listed each server's own briefing by the id it is served
    under ("lighthouse~2", "tidewater~1"). It now names the briefing and its server for a
    student of that server; once they left it, the briefing is counted without its name."""
    double = discord_double
    a, b = await two_servers(double, services)

    score = await _score_in_dm(double)

    assert f"{a.title} ({a.guild.name})" in score, score
    assert f"{b.title} ({b.guild.name})" in score, score
    assert "~" not in score, score

    await double.remove_member(double.student, guild=b.guild)
    score = await _score_in_dm(double)

    assert f"{a.title} ({a.guild.name})" in score, score
    assert b.title not in score and b.guild.name not in score, "nothing of a server left"
    assert "1 briefing no longer available to you" in score and "3/3" in score, score
    assert "~" not in score, score
