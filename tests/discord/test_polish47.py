"""Polish 47: one way to name briefings, sections and people; editor's notes a screen reader
can bear; a zone or day written into /schedule's time; two-digit years.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import pytest

from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord.test_walk44 import START, published_miners
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_title_with_another_word_in_it_names_no_briefing(
    discord_double: DiscordDouble,
) -> None:
    """A student asked for the series' next article, `North Korean troops in Russia, and why
    Seoul is uneasy`, and was quizzed on the Beijing one (a ratio scored the pair 91 of 100);
    a moderator's `Miners hold a sit-in outside` showed `Miners hold a sit-in underground`
    (80). Briefing names now follow the rule sections and people do: a slip in a word, never
    a word swapped for another; a slip is still forgiven."""
    double = discord_double
    seoul = "North Korean troops in Russia, and why Seoul is uneasy"
    told = await run(double, "quiz", {"briefing": seoul}, user=double.student)
    assert "No briefing matches" in told.text, told.text
    slipped = "North Korean troops in Rusia, and why Beijing is uneasy"
    found = await run(double, "brief", {"briefing": slipped}, user=double.student)
    assert "North Korean troops in Russia" in found.text, found.text

    await published_miners(double)
    other = await run(double, "briefing show", {"briefing": "Miners hold a sit-in outside"})
    assert "no briefing “Miners hold a sit-in outside”" in other.text, other.text
    typo = await run(double, "briefing show", {"briefing": "Miners hold a sitin undergruond"})
    assert "`miners` v" in typo.text, typo.text
