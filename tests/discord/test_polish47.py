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


STATESMAN = (
    "https://www.thestatesman.com/india/us-says-north-korea-sent-at-least-3000-soldiers-into-"
    "eastern-russia-in-october-1503357089.html"
)


async def test_a_notes_source_is_a_link_on_its_outlet(discord_double: DiscordDouble) -> None:
    """The Austin/Kirby note ended "(Sources: The Statesman, 2024-10-24, https://www.the…html;
    …)", four addresses of up to 129 characters that a screen reader spells out and no wrap
    breaks. A source is now a link on its outlet and date; in the text-only mode, its address
    in angle brackets, so that Discord shows no preview of it."""
    double = discord_double
    shown = await run(double, "quote", {"person": "austin", "briefing": "nk-troops-russia"})
    assert f"(Sources: [The Statesman, 2024-10-24]({STATESMAN});" in shown.text, shown.text
    assert f", {STATESMAN}" not in shown.text, shown.text

    await run(double, "preferences", {"text_only": True})
    plain = await run(double, "quote", {"person": "austin", "briefing": "nk-troops-russia"})
    labels = [b.get("label") for b in plain.buttons]
    turned = await (await double.click(plain, plain.buttons[-1]["custom_id"])).message()
    assert not turned.embeds, turned.embeds
    text = turned.text
    assert f"(Sources: The Statesman, 2024-10-24 <{STATESMAN}>;" in text, (labels, text)


async def test_a_zone_or_a_day_written_into_the_time_is_read(
    discord_double: DiscordDouble,
) -> None:
    """`/schedule time:09:00 UTC` and `time:tomorrow 9` read "“09:00 UTC” is not a time: write
    it like 08:30 or 18:05", though each says what it means. A zone or a day written into the
    time now stands for the option left empty; when both are given and differ, the reply says
    which two disagree."""
    double = discord_double
    base = {"what": "briefing", "briefing": "mini"}
    zoned = await run(double, "schedule", {**base, "time": "18:00 Europe/Paris"})
    assert "daily at 18:00 (Europe/Paris)" in zoned.text, zoned.text
    tomorrow = await run(double, "schedule", {**base, "time": "tomorrow 9"})
    assert "2026-03-11" in tomorrow.text and "09:00 (UTC)" in tomorrow.text, tomorrow.text
    weekly = await run(double, "schedule", {**base, "time": "friday 8:30 UTC"})
    assert "Friday" in weekly.text and "08:30 (UTC)" in weekly.text, weekly.text
    clash = await run(double, "schedule", {**base, "time": "09:00 UTC", "timezone": "Asia/Tokyo"})
    assert "The time says UTC but the time zone option says Asia/Tokyo" in clash.text, clash.text
    same = await run(double, "schedule", {**base, "time": "07:00 utc", "timezone": "UTC"})
    assert "daily at 07:00 (UTC)" in same.text, same.text


async def test_a_two_digit_year_is_read_in_the_servers_order(
    discord_double: DiscordDouble,
) -> None:
    """`/schedule date:12/03/26` read "is not a date: write it like 2026-03-14". On a French
    server it is now 12 March 2026, the day first as French readers write it; an English
    one reads the one date there is and asks about `03/04/26`, a date both ways."""
    double = discord_double
    once = {"what": "briefing", "briefing": "mini", "time": "8:30"}
    english = await run(double, "schedule", {**once, "date": "03/04/26"})
    assert "could be 2026-03-04 or 2026-04-03" in english.text, english.text
    await run(double, "settings", {"language": "fr"})
    french = await run(double, "schedule", {**once, "date": "12.03.26"})
    assert "2026-03-12" in french.text or "12 mars" in french.text, french.text
