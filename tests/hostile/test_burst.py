"""A whole school at once: 1,000 interactions sent together through the Discord double are
all answered, each exactly once, and none is lost.

How fast a burst is answered depends on the machine (here the double and the bot share one
process, and the suite another core): the last reply came 1.7-2.4 s after the burst on a quiet
machine and after Discord's 3 s on a loaded one. Speed is measured by row a of `make bench`
(bursts of 1,000, in-process); these tests give the double no clock on the first reply, so they
check what must hold at any speed: every interaction answered (a reply, or a deferral and then
the reply), nothing refused, every quiz saved, every click recorded once."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from tests.discord_double import CallbackType, DiscordDouble

BURST = 1_000
FIRST_REPLIES = {CallbackType.MESSAGE, CallbackType.DEFERRED_MESSAGE}
CLICK_REPLIES = {CallbackType.UPDATE_MESSAGE, CallbackType.DEFERRED_UPDATE}


@pytest.fixture(autouse=True)
def no_clock_on_the_first_reply(discord_double: DiscordDouble) -> None:
    """Accept the first reply at any delay (as Discord does for 3 s): speed is row a's."""
    discord_double.server.ack_window = float("inf")


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


async def test_a_burst_of_a_thousand_is_all_answered_and_nothing_is_lost(
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
    shown = [await r.message(timeout=30) for r in records]

    assert all(not r.rejected for r in records)
    assert all(r.callback.type in FIRST_REPLIES for r in records)
    started = [m for m in shown[: len(quizzes)] if "Question 1/5" in m.text]
    assert len(started) == len(quizzes)
    assert len(services.study.solo) == len(quizzes)
    for session_id in list(services.study.solo)[:: len(quizzes) // 10]:
        assert await services.store.sessions.load_session(session_id) is not None


async def test_a_burst_of_answers_is_all_answered_and_each_is_recorded_once(
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
            questions.append((pupil, await record.message(timeout=30)))
    sends = []
    for pupil, message in questions:
        answers = [b["custom_id"] for b in message.buttons if b["label"] != "Stop"]
        if len(answers) > 1:  # a choice or true/false question (a typed one opens a box)
            click = answers[len(sends) % len(answers)]
            sends.append(lambda m=message, c=click, u=pupil: discord_double.click(m, c, user=u))

    records = await burst(discord_double, sends)
    shown = [await r.message(timeout=30) for r in records]

    assert all(not r.rejected for r in records)
    assert all(r.callback.type in CLICK_REPLIES for r in records)
    assert all("✅ Right!" in m.text or "❌ Not quite." in m.text for m in shown)  # a verdict each
    recorded = 0
    for session in services.study.solo.values():
        answers = await services.store.answers.session_answers(session.session_id)
        assert len(answers) == session.index <= 1
        recorded += len(answers)
    assert recorded == len(sends) > BURST // 2
