"""A channel vote given up at its commit (a slow disk: its student asked to try again) whose
question closed before the commit landed: the vote is refused after all, which nobody waits
for any more, and the log says so in one line. Was: "Task exception was never retrieved" with
a `QuizError` traceback, which the chaos run counts as a crash (seed 911, session 43)."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

from bot.discord_bot import answer_in_time
from tests.discord_double import DiscordDouble
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote
from tests.faults.test_given_up_retried import SlowCommit, given_up


@pytest.mark.timeout(60)
async def test_a_vote_given_up_whose_question_closed_meanwhile_is_one_line_not_a_traceback(
    discord_double: DiscordDouble, bot, services, monkeypatch: pytest.MonkeyPatch, caplog
):
    caplog.set_level(logging.WARNING)
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    question = await question_message(discord_double, session)
    slow = SlowCommit(monkeypatch, services)
    voted = await vote(discord_double, session, question, pupil)
    await given_up(discord_double, voted, slow)

    close = await discord_double.click(
        question, label="Close question", user=discord_double.moderator
    )
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: session.index == 1 or None)  # closed; its save held
    await slow.land()
    await asyncio.sleep(0.1)  # the vote's refusal, which nobody awaits
    gc.collect()  # a task's unread error is reported as it is collected
    await asyncio.sleep(0)

    tracebacks = [r for r in caplog.records if r.exc_info or "never retrieved" in r.getMessage()]
    assert tracebacks == [], "no traceback"
    lines = [r.getMessage() for r in caplog.records if "given up" in r.getMessage()]
    assert len(lines) == 1 and "closed before your answer arrived" in lines[0], lines
    recorded = await services.store.answers.session_answers(session.session_id)
    assert recorded == [], "the vote its student was asked to retry did not count"
