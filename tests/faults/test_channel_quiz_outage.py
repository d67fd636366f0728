"""The database fails while a moderator closes a channel-quiz question (after the answers were
committed, as the quiz's own state is saved): the results and the next question are still
posted, the quiz goes on and its votes count (was: the question closed in memory only, the
moderator's retry answered "already closed", the quiz stuck)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    players,
    question_message,
    start_channel_quiz,
    vote,
)


@pytest.mark.timeout(30)
async def test_a_failed_save_while_closing_a_question_leaves_the_quiz_going_on(
    discord_double: DiscordDouble, bot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel vote, quiz state unsaved while closing")
    session = await start_channel_quiz(discord_double, services)
    first = await question_message(discord_double, session)
    pupil = (await players(discord_double, 1))[0]
    registered = await (await vote(discord_double, session, first, pupil)).message()
    assert "Answer registered" in registered.text
    figures.tried += 1

    def unavailable(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as outage:
        outage.setattr(services.store.sessions, "save_session", unavailable)
        close = await discord_double.click(
            first, label="Close question", user=discord_double.moderator
        )
        await close.response()
        await discord_double.wait_for(lambda: session.index == 1 or None)
        second = await question_message(discord_double, session)
    results = [m.text for m in discord_double.bot_messages_in(discord_double.news)]
    assert any("Question 2/2" in text for text in results), "the next question was posted"
    recorded = await services.store.answers.session_answers(session.session_id)
    figures.survived += [a.user_id for a in recorded] == [pupil.id]
    figures.lost += [a.user_id for a in recorded] != [pupil.id]
    assert [a.user_id for a in recorded] == [pupil.id], "the acknowledged vote is an answer"

    again = await (await vote(discord_double, session, second, pupil)).message()
    assert "Answer registered" in again.text, "the quiz goes on once the database is back"
    figures.tried += 1
    close = await discord_double.click(
        second, label="Close question", user=discord_double.moderator
    )
    await close.response()
    await discord_double.wait_for_message(discord_double.news, lambda m: "Final table" in m.text)
    recorded = await services.store.answers.session_answers(session.session_id)
    figures.survived += len(recorded) == 2
    assert len(recorded) == 2
