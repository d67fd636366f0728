"""Discord's gateway asking the bot to reconnect (op 7 RECONNECT) or dropping its session
(op 9 INVALID_SESSION) in the middle of a burst of clicks: every click already delivered is
answered within Discord's 3 s and kept once, the bot comes back (resumed, or identified
anew), and the next click is answered and kept."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    players,
    right_answer,
    shows_next,
    solo,
    start_solo,
)
from tests.faults.test_gateway_faults import reconnected
from tests.faults.test_reply_faults import tracebacks

PLAYERS = 4

REQUESTS = {"op 7 RECONNECT": (7, None), "op 9 INVALID_SESSION": (9, False)}
"""What the gateway sends mid-burst: its op code and data (op 9 with false: identify anew)."""


@pytest.mark.timeout(60)
@pytest.mark.parametrize("request_name", list(REQUESTS))
async def test_a_gateway_reconnect_or_invalid_session_mid_burst_loses_no_click(
    discord_double: DiscordDouble,
    bot,
    services,
    caplog: pytest.LogCaptureFixture,
    request_name: str,
):
    figures = tally(f"solo answer, gateway {request_name} mid-burst")
    op, data = REQUESTS[request_name]
    pupils, quizzes = [], []
    for pupil in await players(discord_double, 5 * PLAYERS):
        message = await start_solo(discord_double, pupil)
        if right_answer(services, message)[0] is not None:  # a button: one click answers
            pupils.append(pupil)
            quizzes.append(message)
        if len(pupils) == PLAYERS:
            break
    answers = [right_answer(services, m) for m in quizzes]
    sessions = [solo(services, m).session_id for m in quizzes]
    caplog.set_level(logging.WARNING)
    before = list(discord_double.server.sessions)
    clicks = await asyncio.gather(
        *(
            answer_solo(discord_double, services, m, p, a)
            for m, p, a in zip(quizzes[:2], pupils[:2], answers[:2], strict=True)
        )
    )
    for session in before:
        await session.send(op, data)
    clicks += await asyncio.gather(
        *(
            answer_solo(discord_double, services, m, p, a)
            for m, p, a in zip(quizzes[2:], pupils[2:], answers[2:], strict=True)
        )
    )  # some reach the old connection as it closes
    await reconnected(discord_double, before)
    await discord_double.wait_for(lambda: len(bot.in_flight) == 0 or None, timeout=10)
    for message, pupil, answer, session_id in zip(quizzes, pupils, answers, sessions, strict=True):
        if not shows_next(message):  # never delivered: the student clicks again
            retry = await answer_solo(discord_double, services, message, pupil, answer)
            await retry.response(timeout=10)
        figures.tried += 1
        kept = await committed(services, session_id)
        figures.survived += kept == 1
        figures.lost += kept == 0
        assert shows_next(message) and kept == 1, "answered and kept once"
    assert tracebacks(caplog) == [], "no traceback"
