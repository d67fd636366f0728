"""Walk 44: a club moderator's week on the Discord double, from the invite to changing their
mind, with a real article (News Central on a miners' sit-in, from the labeled fresh70 set).

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

ROOT = Path(__file__).resolve().parents[2]
MINERS = (
    ROOT
    / "tests/authoring/labeled/real/fresh70/ce08_newscentral_hlubi_majola_marais_lanxess_sit_in.md"
)
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Tuesday

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def article(path: Path = MINERS) -> bytes:
    """The article as a moderator saves it from the page: the labeled file's text without its
    outlet/date/link header (this page has no headline above its first paragraph)."""
    return path.read_text(encoding="utf-8").split("---\n", 2)[2].encode("utf-8")


async def test_a_draft_without_a_headline_reads_as_its_id_until_it_has_a_title(
    discord_double: DiscordDouble,
) -> None:
    """An article saved without its headline (590 of the 1,467 real texts) is drafted with the
    title placeholder "TODO: no headline was found above the article; write its title.", and
    that sentence was what the moderator read as the briefing's name: "📝 Draft: TODO: no
    headline ...", "`miners`: TODO: no headline ... (draft)" in /briefing list, "Review: TODO:
    ..." in /briefing show, and two such drafts were the same line in the autocomplete. Each
    now reads as its id, with its title still to write."""
    double = discord_double
    drafted = await run(double, "briefing draft", {"article": ("miners.md", article())})
    assert "📝 Draft: miners, title still to write" in drafted.text, drafted.text
    assert "no headline was found above the article: write its title" in drafted.text
    french = "La mairie a fermé le pont pour trois mois de travaux, a dit le maire.\n"
    await run(double, "briefing draft", {"article": ("pont.txt", french.encode())})

    listed = await run(double, "briefing list")
    assert "`miners`: title still to write (draft)" in listed.text, listed.text
    assert "`pont`: title still to write (draft)" in listed.text, listed.text
    shown = await run(double, "briefing show", {"briefing": "miners"})
    assert "Review: miners, title still to write" in shown.text, shown.text
    offered = await double.autocomplete(
        "briefing show", {"briefing": ""}, focused="briefing", user=double.moderator
    )
    assert sorted(c["name"] for c in offered) == [
        "miners, title still to write (draft)",
        "pont, title still to write (draft)",
    ], offered
    everything = drafted.text + listed.text + shown.text + str(offered)
    assert "TODO: no headline" not in everything, everything
