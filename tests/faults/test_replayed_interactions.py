"""One interaction delivered twice: Discord's gateway replaying events after a RESUME, or a
second gateway session on the same shard. The replay is handled as a no-op: the answer is
counted once, the quiz does not move on twice, no second quiz starts, the first delivery's
reply is the one the user sees, and each replay is one warning line, never a traceback. When
another process answered first, Discord's refusal of the second reply is one line too."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from bot.discord_bot.replayed import Deliveries
from tests.discord_double import DiscordDouble, InteractionRecord
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    players,
    question_message,
    right_answer,
    solo,
    start_channel_quiz,
    start_solo,
    vote,
    votes_kept,
)

REPLAYED = "delivered again"
ALREADY = "was already answered"


async def replay(double: DiscordDouble, itx: InteractionRecord) -> None:
    """Discord delivers `itx` to the bot once more, as its gateway does after a RESUME."""
    await double.dispatch("INTERACTION_CREATE", itx.payload)
    await double.sync()


async def button_quiz(double: DiscordDouble, services: Services) -> tuple[Any, Any]:
    """A student's solo quiz whose first question has buttons (the first of a few students)."""
    for pupil in await players(double, 20):  # /quiz allows 2 per 10 s per student
        question = await start_solo(double, pupil)
        if right_answer(services, question)[0] is not None:
            return pupil, question
    raise AssertionError("no button question in 20 quizzes")


def lines(caplog: pytest.LogCaptureFixture, text: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if text in r.getMessage()]


def no_traceback(caplog: pytest.LogCaptureFixture) -> bool:
    return not any(r.exc_info or r.levelno >= logging.ERROR for r in caplog.records)


@pytest.mark.timeout(30)
async def test_a_replayed_answer_next_vote_and_command_are_each_handled_once(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, caplog
):
    figures = tally("solo answer and channel vote, each delivered twice")
    pupil, question = await button_quiz(discord_double, services)
    session = solo(services, question)
    click = await answer_solo(discord_double, services, question, pupil)
    await click.response()
    await replay(discord_double, click)
    nxt = await discord_double.click(question, label="Next question ▶", user=pupil)
    await nxt.response()
    await replay(discord_double, nxt)

    channel = await start_channel_quiz(discord_double, services)
    started = discord_double.state.interactions.values()
    start = next(i for i in reversed(started) if i.name == "quiz")
    await replay(discord_double, start)
    message = await question_message(discord_double, channel)
    voted = await vote(discord_double, channel, message, pupil)
    await voted.response()
    await replay(discord_double, voted)
    await discord_double.sync()

    figures.tried += 2
    kept = await committed(services, session.session_id) + len(await votes_kept(services, channel))
    figures.survived += kept
    assert kept == 2, "the answer and the vote are each kept once"
    assert session.index == 1, "the replayed Next did not skip a question"
    assert len(services.study.group) == 1, "the replayed /quiz started nothing"
    for itx in (click, nxt, start, voted):
        assert itx.callback is not None and itx.rejected == [], "one reply, the first one"
    assert len(lines(caplog, REPLAYED)) == 4, "one warning line per replay"
    assert no_traceback(caplog)


@pytest.mark.timeout(30)
async def test_a_click_another_process_answered_first_is_one_line(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, caplog
):
    figures = tally("solo answer, a second process handles it too")
    pupil, question = await button_quiz(discord_double, services)
    session = solo(services, question)
    click = await answer_solo(discord_double, services, question, pupil)
    await click.response()
    bot.router.deliveries = Deliveries()  # a second session, which has not seen the click
    await replay(discord_double, click)
    await discord_double.wait_for(lambda: click.rejected or None)
    await discord_double.sync()

    figures.tried += 1
    kept = await committed(services, session.session_id)
    figures.survived += kept
    assert kept == 1, "counted once"
    assert len(click.rejected) == 1, "no 'something went wrong' tried after Discord's refusal"
    assert len(lines(caplog, ALREADY)) == 1
    assert no_traceback(caplog)
