"""Polish 48: polish-47's loose ends. A post's "Sources & notes" names an editor's note's
sources as `/notes` does.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import pytest

from bot.core.clock import FakeClock
from tests.discord.test_moderation import posts_in, run
from tests.discord.test_polish47 import STATESMAN
from tests.discord.test_walk44 import START
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_posts_sources_and_notes_names_a_source_by_a_link_on_its_outlet(
    discord_double: DiscordDouble,
) -> None:
    """A post's "Sources & notes" button still read "Sources: The Statesman, “US says North
    Korea sent…”, 2024-10-24, https://www.the…html; …", the headlines and four addresses a
    screen reader spells out, while `/notes` showed the same note's sources as links on outlet
    and date. The button now shows them the same way."""
    double = discord_double
    await run(double, "post", {"briefing": "nk-troops-russia", "channel": double.news})
    (post,) = posts_in(double, double.news)
    click = await double.click(post, label="Sources & notes", user=double.student)
    notes = await click.response()
    assert f"Sources: [The Statesman, 2024-10-24]({STATESMAN});" in notes.text, notes.text
    assert f", {STATESMAN}" not in notes.text, notes.text
