"""An interaction the bot could not answer within Discord's 3 s (Discord rate-limited the
reply for longer, as after a pause of the process): Discord shows the student "This
interaction failed"; the bot logs one warning line, no traceback and no second reply, and
the student's retry works (an answer committed before the reply failed shows its verdict)."""

from __future__ import annotations

import logging

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    right_answer,
    shows_next,
    solo,
    start_solo,
)

WINDOW = 1.0
"""Discord's answer window for the faulted interactions (3 s in production; shorter here so
that the test is quick: what matters is that the 429 holds the reply past it)."""
HELD_BACK = 1.1
"""Seconds Discord's 429 makes the bot wait: past the window."""


@pytest.mark.timeout(30)
async def test_an_expired_click_and_command_log_one_warning_and_the_retry_works(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer, reply held past Discord's 3 s (429)")
    caplog.set_level(logging.INFO)
    question = await start_solo(discord_double, discord_double.student)
    session_id = solo(services, question).session_id
    button, typed = right_answer(services, question)  # the same answer for click and retry
    box = None
    if button is None:  # a typed answer: its box opens before the fault, the submit is held
        opened = await discord_double.click(question, label="Answer")
        box = (await opened.response()).custom_id
    discord_double.server.ack_window = WINDOW
    held = discord_double.rate_limit_next("/callback", retry_after=HELD_BACK)
    if box is not None:
        click = await discord_double.submit_modal(box, {"answer": typed})
    else:
        click = await discord_double.click(question, button)
    await discord_double.wait_for(lambda: click.rejected or None)
    discord_double.rate_limit_next("/callback", retry_after=HELD_BACK)
    score = await discord_double.slash("score")
    await discord_double.wait_for(lambda: score.rejected or None)
    await discord_double.sync()
    figures.tried += 1
    assert held.hits and click.callback is None and score.callback is None
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"
    expired = [
        r.getMessage() for r in caplog.records if "no longer took the reply" in r.getMessage()
    ]
    assert len(expired) == 2, "one warning line per expired interaction"
    assert len(click.rejected) == len(score.rejected) == 1, "no error reply to a dead interaction"

    discord_double.server.ack_window = 3.0
    if box is None:
        retry = await answer_solo(
            discord_double, services, question, discord_double.student, (button, typed)
        )
    else:  # the typed answer was kept: Answer pressed again shows its verdict, no box opens
        retry = await discord_double.click(question, label="Answer")
    await retry.response()
    assert shows_next(question), "the retry shows the verdict and its Next button"
    kept = await committed(services, session_id)
    figures.survived += kept == 1
    figures.lost += kept == 0
    assert kept == 1
    again = await (await discord_double.slash("score")).response()
    assert "Right answers" in again.text
