"""Two questions of the day in one channel on one day: the second is a different question."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from tests.discord.test_moderation import START, run, scheduler


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_second_question_of_the_day_the_same_day_is_not_the_revealed_one(
    discord_double, bot, services, clock
):
    for time in ("09:00", "15:00"):
        await run(
            discord_double,
            "schedule",
            {"what": "question", "time": time, "briefing": "mini", "channel": discord_double.news},
        )
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    first = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text
    )
    clock.current = dt.datetime(2026, 1, 5, 15, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    reveal = await discord_double.wait_for_message(
        discord_double.news, lambda m: "the answer" in m.text, after=first
    )
    second = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text, after=reveal
    )
    prompts = {q.prompt for q in services.library.get("mini").questions}
    asked_first = {p for p in prompts if p in first.text}
    asked_second = {p for p in prompts if p in second.text}
    assert asked_first and asked_second
    assert asked_first != asked_second, "the revealed question is not asked again"
