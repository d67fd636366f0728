"""Discord accepting a reply and never answering it: the bot gives up after a bounded wait
(was: aiohttp's 300 s default, the task and its connection held all along).

The answer was committed before the reply was tried: the wait ends in one warning line, no
traceback, the student is asked to try again, and the retry shows the verdict.
"""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot import http_timeout
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    right_answer,
    shows_next,
    solo,
    start_button_question,
)
from tests.faults.test_reply_faults import tracebacks

QUICK_GIVE_UP = 1.0
"""Seconds the bot waits for Discord here (10 in use): the student's retry comes within 3 s."""


@pytest.fixture
def quick_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot gives up on a silent Discord after `QUICK_GIVE_UP` s (set before it logs in)."""
    monkeypatch.setattr(http_timeout, "REPLY_TIMEOUT", QUICK_GIVE_UP)


@pytest.mark.timeout(30)
async def test_a_hung_verdict_reply_is_given_up_and_the_retry_shows_the_committed_verdict(
    quick_give_up, discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer, Discord never answers the verdict's reply")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING)
    hung = discord_double.hang_next("POST /interactions")
    click = await answer_solo(discord_double, services, message, pupil, answer)
    figures.tried += 1
    told = await click.message(timeout=10)  # was: nothing for 300 s
    assert hung.hits, "Discord held the verdict's reply"
    assert "Discord" in told.text and "try again" in told.text
    assert await committed(services, session.session_id) == 1, "committed before the reply"
    assert tracebacks(caplog) == [], "one line, no traceback"
    (line,) = [r.getMessage() for r in caplog.records]
    assert "no answer from Discord" in line
    assert len(bot.in_flight) == 0, "the hung reply's task has ended"
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"
    assert await committed(services, session.session_id) == 1, "recorded once"
    figures.survived += 1
