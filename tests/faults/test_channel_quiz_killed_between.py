"""A channel quiz whose process died between two questions: its question was closed and
saved, and the process stopped before the channel saw the question marked closed, its
results or what came next (the next question, or the final table). After the restart the
channel sees the quiz go on, or end, and the old question's buttons, clicked by a client that
does not show it closed yet (`test_channel_quiz_marked_after_restart.py`), answer politely
within Discord's 3 s, never "This interaction failed".

Between two questions the restart posts the next question (nothing needed changing). After
the last one it posts the final table. Was: the quiz was ended in the store as its last
question closed, before its table was posted, so a restart in between left the channel with
the last question's buttons and no end.

The restart is the process's memory lost (its timers and live quizzes), the database kept,
as in `tests/faults/test_channel_quiz_notes_once.py`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.core.quiz import GroupSession
from bot.discord_bot.client import BriefBot
from tests.discord.test_walkthrough_together import stale_copy
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_notes_once import count
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote


async def killed_after_the_close_saved(
    bot: BriefBot, services: Any, session: GroupSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The open question is closed and saved; the process dies as it goes to mark the
    question closed in the channel (nothing after that is posted), then starts again."""
    quizzes = bot.channel_quizzes
    assert quizzes is not None
    await killed_while_closing(bot, services, session, monkeypatch, (quizzes.publisher, "edit"))
    await quizzes.resume()


async def killed_while_closing(
    bot: BriefBot,
    services: Any,
    session: GroupSession,
    monkeypatch: pytest.MonkeyPatch,
    dies_at: tuple[object, str],
) -> None:
    """The open question is being closed; the process dies when it reaches `dies_at` (an
    object and the name of its method that never returns), losing its memory: its timers and
    live quizzes are gone, the database kept. The caller starts it again (`resume`)."""
    quizzes = bot.channel_quizzes
    assert quizzes is not None
    reached = asyncio.Event()

    async def dies(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        await asyncio.Event().wait()  # never returns: the process is gone

    with monkeypatch.context() as patched:
        patched.setattr(*dies_at, dies)
        closing = asyncio.ensure_future(
            quizzes.close(quizzes.quiz(session.session_id), session.index)
        )
        await asyncio.wait_for(reached.wait(), 10)
        closing.cancel()
        await asyncio.gather(closing, return_exceptions=True)
        await quizzes.stop()
        quizzes.live.clear()
        services.study.group.clear()


async def polite_within_3_s(double: DiscordDouble, itx: Any) -> str:
    told = await itx.message(timeout=10)
    assert itx not in double.late_interactions(), "answered within Discord's 3 s"
    assert told.ephemeral and "failed" not in told.text.lower(), told.text
    return str(told.text)


async def voted_on_the_last_question(
    discord_double: DiscordDouble, services: Any
) -> tuple[GroupSession, Any, Any]:
    """A two-question channel quiz with one player, who voted on the first question (then
    closed by the moderator) and on the last: (the quiz, the player, the last question)."""
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    first = await question_message(discord_double, session)
    await (await vote(discord_double, session, first, pupil)).message()
    close = await discord_double.click(first, label="Close question", user=discord_double.moderator)
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    last = await question_message(discord_double, session)
    await (await vote(discord_double, session, last, pupil)).message()
    return session, pupil, last


@pytest.mark.timeout(60)
async def test_killed_between_two_questions_the_quiz_goes_on_and_old_buttons_answer(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel quiz killed between two questions")
    session = await start_channel_quiz(discord_double, services)
    pupil, late = await players(discord_double, 2)
    first = await question_message(discord_double, session)
    assert (
        "Answer registered"
        in (await (await vote(discord_double, session, first, pupil)).message()).text
    )
    figures.tried += 1
    seen = stale_copy(discord_double, first)  # as a client shows it until it shows the edit

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    resumed = bot.channel_quizzes.session(session.session_id)  # type: ignore[union-attr]
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    assert count(discord_double, "goes on") == 1, "the channel is told the quiz goes on"
    assert count(discord_double, "Question 2/2") == 1, "its next question, once"

    old = await discord_double.click(seen, seen.buttons[0]["custom_id"], user=late)
    assert "closed" in (await polite_within_3_s(discord_double, old)).lower()
    close = await discord_double.click(seen, label="Close question", user=discord_double.moderator)
    await polite_within_3_s(discord_double, close)
    recorded = await services.store.answers.session_answers(session.session_id)
    assert [a.user_id for a in recorded] == [pupil.id], "the vote counted, the late click not"
    assert resumed.index == 1
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_killed_after_the_last_question_closed_the_channel_sees_the_quiz_end(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel quiz killed after its last question closed")
    session, pupil, last = await voted_on_the_last_question(discord_double, services)
    figures.tried += 1
    seen = stale_copy(discord_double, last)  # as a client shows it until it shows the edit

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Final table") or None, timeout=10)
    assert count(discord_double, "Final table") == 1, "the channel sees the quiz end, once"
    old = await discord_double.click(seen, seen.buttons[0]["custom_id"], user=pupil)
    await polite_within_3_s(discord_double, old)
    recorded = await services.store.answers.session_answers(session.session_id)
    assert sorted(a.user_id for a in recorded) == [pupil.id, pupil.id], "both answers kept"
    figures.survived += 1
