"""A channel quiz restored after a restart keeps its open question's answers in the order they
were given: its results name the players who were right as they would have without the
restart. Was: the votes came back in the order of the store's stamps, which a wall clock set
back (an NTP step) reverses and a burst saved in one commit ties (then by user id)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services, build_services
from bot.config import Settings
from bot.core.channel_quiz import ChannelQuizService
from bot.core.clock import FakeClock
from bot.core.testing import InMemoryPublisher
from tests.core.test_channel_quiz import PlainFaces, right

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
CHANNEL, STARTER = 500, 1
GIVEN = (30, 10, 20)
"""The players, in the order they answered (not their ids' order)."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def results_after_restart(
    services: Services, settings: Settings, clock: FakeClock, step_back: bool
) -> str:
    quizzes = ChannelQuizService(services.study, InMemoryPublisher(), clock, PlainFaces())
    session = await quizzes.start(
        "mini", channel_id=CHANNEL, starter_id=STARTER, guild_id=None, count=2, timer_seconds=None
    )
    await quizzes.post_first(session.session_id)
    for n, player in enumerate(GIVEN):
        if step_back and n == 1:
            clock.jump(-3600)  # the wall clock set an hour back between two answers
        await quizzes.answer(session.session_id, player, right(session), 0)
        clock.advance(2 if step_back else 0.01)
        if not step_back:  # one burst, saved in one commit: one stamp for all three
            clock.jump(-0.01)
    await quizzes.stop()  # the process dies: memory gone, the store stays

    again = await build_services(settings, clock=clock)
    try:
        publisher = InMemoryPublisher()
        restarted = ChannelQuizService(again.study, publisher, clock, PlainFaces())
        assert await restarted.resume() == 1
        quiz = restarted.closable(session.session_id, 0, STARTER, moderator=False)
        await restarted.close(quiz, 0)
        await restarted.stop()
        return "\n".join(publisher.texts(CHANNEL))
    finally:
        await again.close()


@pytest.mark.parametrize("step_back", [True, False], ids=["clock set back", "one burst"])
async def test_a_restored_channel_quiz_keeps_its_answers_in_the_order_given(
    services: Services, settings: Settings, clock: FakeClock, step_back: bool
):
    posted = await results_after_restart(services, settings, clock, step_back)
    assert "Right: player 30, player 10, player 20" in posted, posted
