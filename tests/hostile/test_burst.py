"""A whole school at once: 1,000 interactions sent together through the Discord double are
all answered, none after Discord's 3-second window (the double refuses those, as Discord
does), and none is lost."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from tests.discord_double import CallbackType, DiscordDouble

BURST = 1_000


@pytest.fixture(autouse=True)
def fresh_heap() -> Iterator[None]:
    """The bot's heap as in its own process: this test process still holds every earlier
    test's objects, which the collector would otherwise rescan in the middle of the burst."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def new_members(double: DiscordDouble, count: int) -> list:
    users = []
    for n in range(count):
        user = double.state.new_user(f"pupil{n}")
        double.state.add_member(user)
        users.append(user)
    return users


async def burst(double: DiscordDouble, sends: list) -> list:
    """Send every interaction (coroutine factories) at once, as fast as the gateway takes
    them (well under a second here; not asserted: tests hold no timings)."""
    return list(await asyncio.gather(*(send() for send in sends)))


@pytest.mark.timeout(60)
async def test_a_burst_of_a_thousand_is_answered_in_time_and_nothing_is_lost(
    discord_double, bot, services
):
    pupils = new_members(discord_double, 500)
    quizzes = pupils[:400]
    sends = [
        lambda u=u: discord_double.slash("quiz", {"briefing": "nk-troops-russia"}, user=u)
        for u in quizzes
    ]
    sends += [
        lambda u=u: discord_double.slash("brief", {"briefing": "mini"}, user=u)
        for u in pupils[400:]
    ] * 3
    sends += [
        lambda u=u: discord_double.slash("quote", {"person": "ada", "briefing": "mini"}, user=u)
        for u in pupils[400:]
    ] * 3
    assert len(sends) == BURST

    records = await burst(discord_double, sends)
    replies = [await r.response(timeout=10) for r in records]

    assert all(r.type == CallbackType.MESSAGE for r in replies)
    assert discord_double.late_interactions() == []
    started = [r for r in replies[: len(quizzes)] if "Question 1/5" in r.message.text]
    assert len(started) == len(quizzes)
    assert len(services.study.solo) == len(quizzes)
    for session_id in list(services.study.solo)[:: len(quizzes) // 10]:
        assert await services.store.sessions.load_session(session_id) is not None


@pytest.mark.timeout(60)
async def test_a_burst_of_answers_is_answered_in_time_and_each_is_recorded_once(
    discord_double, bot, services
):
    pupils = new_members(discord_double, BURST)
    questions = []
    for start in range(0, BURST, 250):  # everyone opens a quiz (not part of the burst)
        batch = pupils[start : start + 250]
        started = await asyncio.gather(
            *(discord_double.slash("quiz", {"briefing": "nk-troops-russia"}, user=u) for u in batch)
        )
        for pupil, record in zip(batch, started, strict=True):
            questions.append((pupil, (await record.response(timeout=10)).message))
    sends = []
    for pupil, message in questions:
        answers = [b["custom_id"] for b in message.buttons if b["label"] != "Stop"]
        if len(answers) > 1:  # a choice or true/false question (a typed one opens a box)
            click = answers[len(sends) % len(answers)]
            sends.append(lambda m=message, c=click, u=pupil: discord_double.click(m, c, user=u))

    records = await burst(discord_double, sends)
    replies = [await r.response(timeout=10) for r in records]

    assert all(r.type == CallbackType.UPDATE_MESSAGE for r in replies)
    assert discord_double.late_interactions() == []
    recorded = 0
    for session in services.study.solo.values():
        answers = await services.store.answers.session_answers(session.session_id)
        assert len(answers) == session.index <= 1
        recorded += len(answers)
    assert recorded == len(sends) > BURST // 2
