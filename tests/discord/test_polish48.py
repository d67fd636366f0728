"""Polish 48: polish-47's loose ends. A post's "Sources & notes" names an editor's note's
sources as `/notes` does.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from tests.discord.test_moderation import posts_in, run
from tests.discord.test_polish47 import STATESMAN
from tests.discord.test_walk44 import START, published_miners
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


async def test_assign_reads_a_zone_or_a_day_written_into_the_due_time(
    discord_double: DiscordDouble,
) -> None:
    """`/assign due_time:18:00 Europe/Paris` read "“18:00 Europe/Paris” is not a time: write
    it like 08:30 or 18:05", though `/schedule` reads the same words. A zone or a day written
    into the due time now stands for the option left empty, as in `/schedule`; when both are
    given and differ, the reply says which two disagree."""
    double = discord_double
    base = {"briefing": "mini", "due_date": "2026-03-12"}
    paris = await run(double, "assign", {**base, "due_time": "18:00 Europe/Paris"})
    five_utc = int(dt.datetime(2026, 3, 12, 17, 0, tzinfo=dt.UTC).timestamp())
    assert f"<t:{five_utc}:" in paris.text, paris.text
    clash = await run(double, "assign", {**base, "due_time": "09:00 UTC", "timezone": "Asia/Tokyo"})
    assert "The time says UTC but the time zone option says Asia/Tokyo" in clash.text, clash.text
    other_day = await run(double, "assign", {**base, "due_time": "tomorrow 9"})
    assert "The time says tomorrow but the date option says 2026-03-12" in other_day.text, (
        other_day.text
    )
    thursday = await run(double, "assign", {**base, "due_time": "thursday 10:00 UTC"})
    ten_utc = int(dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC).timestamp())
    assert f"<t:{ten_utc}:" in thursday.text, thursday.text
    friday = await run(double, "assign", {**base, "due_time": "friday 10:00"})
    assert "The time says friday but the date option says 2026-03-12" in friday.text, friday.text


async def test_remind_reads_a_zone_written_into_the_time(discord_double: DiscordDouble) -> None:
    """`/remind time:18:30 Europe/Berlin` read "“18:30 Europe/Berlin” is not a time". The zone
    written into the time now sets the reminder's zone, as in `/schedule`; a zone in both
    places that differs, and a day (a reminder comes every day), are refused saying why."""
    double = discord_double
    user = double.student
    berlin = await run(double, "remind", {"time": "18:30 Europe/Berlin"}, user=user)
    assert "at 18:30 (Europe/Berlin)" in berlin.text, berlin.text
    utc = await run(double, "remind", {"time": "19:00 UTC"}, user=user)
    assert "at 19:00 (UTC)" in utc.text and "in your own time" not in utc.text, utc.text
    clash = await run(double, "remind", {"time": "9:00 UTC", "timezone": "Asia/Tokyo"}, user=user)
    assert "The time says UTC but the time zone option says Asia/Tokyo" in clash.text, clash.text
    day = await run(double, "remind", {"time": "tomorrow 9"}, user=user)
    assert "every day" in day.text and "is not a time" not in day.text, day.text


async def test_report_names_a_removed_briefing_as_any_briefing_is_named(
    discord_double: DiscordDouble,
) -> None:
    """`/report briefing:Miners hold a sitin undergruond`, once the briefing was deleted with
    `/briefing remove`, read "No briefing matches", where the same slip names it while it is
    there: a removed briefing was found by the start of its id or title only. It is now named
    by the rule every briefing, section and person is (a slip forgiven, never a swapped
    word)."""
    double = discord_double
    await published_miners(double)
    asked = await run(double, "briefing remove", {"briefing": "miners"})
    await (await double.click(asked, label="Yes, delete it")).message()
    exact = await run(double, "report", {"briefing": "miners"})
    assert "No briefing matches" not in exact.text, exact.text
    slipped = await run(double, "report", {"briefing": "Miners hold a sitin undergruond"})
    assert slipped.text == exact.text, slipped.text
    swapped = await run(double, "report", {"briefing": "Miners hold a sit-in outside"})
    assert "No briefing matches" in swapped.text, swapped.text
