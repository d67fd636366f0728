"""Polish 46: what walk-46 left that a user would trip on.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_languages import scheduler
from tests.discord.test_moderation import run
from tests.discord.test_report44 import TITLE, removed, set_and_done
from tests.discord.test_walk44 import START, published_miners
from tests.discord.test_walk46 import question_of_the_day_on_teachers
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_question_of_the_day_closed_unrevealed_says_it_closed(
    discord_double: DiscordDouble, clock: FakeClock, bot: BriefBot
) -> None:
    """Its briefing unpublished, a question of the day lost its buttons at its reveal time
    but still read "The answer and the best answerers come <t:…:R>", "2 days ago" by the
    time anyone scrolled back to it. It now says it closed, and why."""
    double = discord_double
    posted = await question_of_the_day_on_teachers(double, clock, bot)
    assert "The answer and the best answerers come" in posted.text, posted.text
    await run(double, "briefing unpublish", {"briefing": "teachers"})

    clock.current = dt.datetime(2026, 3, 12, 8, 0, 20, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    await double.wait_for(lambda: posted.buttons == [] or None)

    assert "The answer and the best answerers come" not in posted.text, posted.text
    assert "Closed: its briefing is no longer published here" in posted.text, posted.text
    assert "Question of the day" in posted.text, "the question itself is kept"


async def test_a_schedule_of_a_deleted_briefing_says_so_and_pauses_at_its_first_run(
    discord_double: DiscordDouble, clock: FakeClock, bot: BriefBot
) -> None:
    """The club deleted its briefing (`/briefing remove`) with a daily post of it scheduled:
    /schedules read "Briefing post from `miners` (not loaded now)", and each day's run
    failed and told the moderator so, three days running, before the schedule paused. It
    now reads as the briefing's title, "(removed)", with the /unschedule to type; and the
    first run, a briefing that is gone being gone on every try, pauses it, telling once."""
    double = discord_double
    await published_miners(double)
    daily = {"what": "briefing", "time": "10:00", "briefing": "miners", "channel": double.news}
    await run(double, "schedule", daily)
    await removed(double)

    listed = (await run(double, "schedules")).text
    assert "not loaded now" not in listed, listed
    assert f"{TITLE} (removed)" in listed and "/unschedule 1" in listed, listed

    for day in range(3):
        clock.current = START + dt.timedelta(days=day, hours=1, minutes=1)  # 10:01 UTC
        await scheduler(bot).run_due(clock.now())
    told = [m.text for m in double.dms_to(double.moderator)]
    assert len(told) == 1, told
    assert "paused now" in told[0] and "/unschedule 1" in told[0], told[0]
    paused = (await run(double, "schedules")).text
    assert "Paused after 1 failed post:" in paused, paused


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("quote", {"briefing": "nk-troops-russia", "person": "<@&123>"}),
        ("quiz", {"briefing": "<@456> <#789>"}),
    ],
)
async def test_a_mention_typed_into_a_text_option_is_not_echoed_as_one(
    discord_double: DiscordDouble, command: str, options: dict[str, str]
) -> None:
    """`/quote person:<@&123>` answered "Nobody called “@deleted-role” appears…": the
    mention echoed raw, which Discord draws as a role (never pinged, but read as one). A
    mention in echoed input now reads as what it is, a role, a member or a channel."""
    told = (await run(discord_double, command, options, user=discord_double.student)).text
    assert not re.search(r"<[@#]", told), told
    assert re.search(r"@role|@member", told), told


async def test_report_on_an_unpublished_briefing_reads_its_answers(
    discord_double: DiscordDouble, services: Services
) -> None:
    """Work was set on the club's article and done, then the article unpublished: `/report`
    read the work fine, but `/report briefing:miners` answered "`miners` is not published:
    students cannot see it, so it cannot be ... reported on". A moderator reports on what
    their group did, published or not: it reads the answers, under the title kept."""
    double = discord_double
    await set_and_done(double, services)
    before = (await run(double, "report", {"briefing": "miners"})).text
    prompts = [line for line in before.splitlines() if line.startswith("Q1. ")]
    assert prompts, before
    await run(double, "briefing unpublish", {"briefing": "miners"})

    for typed in ("miners", TITLE):
        answers = (await run(double, "report", {"briefing": typed})).text
        assert "not published" not in answers, answers
        assert f"Briefing: {TITLE} (no longer published)" in answers, answers
        assert prompts[0][:60] in answers, answers
