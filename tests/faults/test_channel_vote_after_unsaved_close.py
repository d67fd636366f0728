"""The database fails while a channel question closes, so the quiz's saved state still names
the closed question as the open one; a vote on the next question is then acknowledged, and the
bot restarts before that question closes. The vote counts when it closes (was: the quiz resumed
at the closed question, the vote's row named a question it never reloaded, and the answer was
lost: chaos seed 5 on PostgreSQL, "1 registered, 0 stored")."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.core.channel_quiz import QUIZ_KIND
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_notes_once import restart
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote


@pytest.mark.timeout(30)
async def test_a_vote_after_an_unsaved_close_survives_a_restart(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel vote after an unsaved close, then a restart")
    session = await start_channel_quiz(discord_double, services)
    first = await question_message(discord_double, session)
    pupil = (await players(discord_double, 1))[0]
    assert (
        "Answer registered"
        in (await (await vote(discord_double, session, first, pupil)).message()).text
    )
    sessions = services.store.sessions
    save = sessions.save_session
    refused: list[str] = []

    async def quiz_state_unsaved(key: str, kind: str, *args: Any, **kwargs: Any) -> Any:
        if kind == QUIZ_KIND:
            refused.append(key)
            raise sqlite3.OperationalError("disk I/O error")
        return await save(key, kind, *args, **kwargs)

    with monkeypatch.context() as outage:
        outage.setattr(sessions, "save_session", quiz_state_unsaved)
        close = await discord_double.click(
            first, label="Close question", user=discord_double.moderator
        )
        await close.response()
        await discord_double.wait_for(lambda: session.index == 1 or None)
        second = await question_message(discord_double, session)
        # both saves refused: after the close, and after the next question was posted
        await discord_double.wait_for(lambda: len(refused) >= 2 or None)
    seen = await (await vote(discord_double, session, second, pupil)).message()
    figures.tried += 1
    assert "Answer registered" in seen.text

    await restart(bot, services, session)
    quizzes = bot.channel_quizzes
    assert quizzes is not None
    quiz = quizzes.quiz(session.session_id)
    while not quiz.session.finished:
        await quizzes.close(quiz, quiz.session.index)
    recorded = await services.store.answers.session_answers(session.session_id)
    kept = sorted(a.question_id for a in recorded if a.user_id == pupil.id)
    figures.survived += len(kept) == 2
    figures.lost += len(kept) < 2
    assert len(kept) == 2, "both acknowledged votes are answers"
