"""A timed channel-quiz question whose time is up while the database is down for longer than a
few retries: closing is tried again every 5 s until the database is back, then the results and
the next question are posted and the acknowledged vote counts (was: five tries, then the
question stayed open for good)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from bot.core.channel_quiz import CLOSE_RETRY_SECONDS
from bot.core.clock import FakeClock
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import disk_full, players, question_message, vote

TIMER = 10
OUTAGE_RETRIES = 8
"""Failed closing attempts while the database is down (the old code gave up after five)."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


async def let_the_timer_run(clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    for _ in range(20):
        await asyncio.sleep(0.01)


async def open_timed_quiz(
    discord_double: DiscordDouble, services: Any, timer: int
) -> tuple[Any, Any, Any]:
    """A moderator's two-question channel quiz with a `timer`-second clock in the news
    channel: its session, its first question's message and one pupil to vote."""
    options = {"briefing": "nk-troops-russia", "mode": "channel", "timer": timer, "count": 2}
    news = discord_double.news
    await (
        await discord_double.slash("quiz", options, user=discord_double.moderator, channel=news)
    ).response()
    await discord_double.wait_for(lambda: services.study.group or None)
    session = next(iter(services.study.group.values()))
    question = await question_message(discord_double, session)
    pupil = (await players(discord_double, 1))[0]
    return session, question, pupil


@pytest.mark.timeout(30)
async def test_a_timed_question_closes_once_the_database_is_back(
    discord_double: DiscordDouble, bot, services, clock: FakeClock
):
    figures = tally("channel vote, database down past the question's time")
    session, question, pupil = await open_timed_quiz(discord_double, services, TIMER)
    registered = await (await vote(discord_double, session, question, pupil)).message()
    assert "Answer registered" in registered.text
    figures.tried += 1

    async with disk_full(services):
        await let_the_timer_run(clock, TIMER)
        for _ in range(OUTAGE_RETRIES):
            await let_the_timer_run(clock, CLOSE_RETRY_SECONDS)
        assert session.index == 0, "nothing closed while the database is down"
    await let_the_timer_run(clock, CLOSE_RETRY_SECONDS)
    await discord_double.wait_for(lambda: session.index == 1 or None)
    await question_message(discord_double, session)
    recorded = [a.user_id for a in await services.store.answers.session_answers(session.session_id)]
    figures.survived += recorded == [pupil.id]
    figures.lost += recorded != [pupil.id]
    assert recorded == [pupil.id], "the acknowledged vote became an answer"
