"""A channel quiz's notes outside its questions, its "goes on" word after a restart and the
"Standings so far" after it was stopped by a failed post, go out once when the connection
drops on them, before Discord took the message or after (its answer lost): tried again under
their own Discord-enforced nonce, as the quiz's questions are. (Was: never tried again and
posted without a nonce of ours: a dropped connection on the word after a restart stopped the
quiz, one on the standings lost them.)"""

from __future__ import annotations

import logging

import pytest

from bot.core.quiz import GroupSession
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.discord_double.state import InjectedFault
from tests.faults.figures import tally
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote

FAULTS = ["reset before posting", "reset after posting"]
"""The connection dropped before Discord took the message, or after (its answer lost)."""


def inject(double: DiscordDouble, fault: str, *, after: int = 0) -> InjectedFault:
    route = f"POST /channels/{double.news.id}/messages"
    return double.reset_next(route, served=fault == "reset after posting", after=after)


def count(double: DiscordDouble, text: str) -> int:
    return sum(text in m.text for m in double.bot_messages_in(double.news))


async def restart(bot: BriefBot, services, session: GroupSession) -> None:
    """The bot process stops (its timers end, its memory is gone) and starts again on the
    same database: its open channel quizzes are resumed."""
    quizzes = bot.channel_quizzes
    assert quizzes is not None
    await quizzes.stop()
    quizzes.live.clear()
    services.study.group.clear()
    assert await quizzes.resume() == 1


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fault", FAULTS)
async def test_the_word_after_a_restart_goes_out_once_and_the_quiz_goes_on(
    discord_double: DiscordDouble, bot: BriefBot, services, caplog, fault: str
):
    figures = tally(f"channel vote, Discord {fault} on the quiz's word after a restart")
    caplog.set_level(logging.WARNING)
    session = await start_channel_quiz(discord_double, services)
    pupil = (await players(discord_double, 1))[0]
    question = await question_message(discord_double, session)
    seen = await (await vote(discord_double, session, question, pupil)).message()
    figures.tried += 1
    acknowledged = "Answer registered" in seen.text

    injected = inject(discord_double, fault)
    await restart(bot, services, session)
    assert len(injected.hits) == 1, "Discord answered the word with the fault"
    assert count(discord_double, "goes on") == 1, "the word went out once"
    resumed = bot.channel_quizzes.session(session.session_id)  # type: ignore[union-attr]
    close = await discord_double.click(
        question, label="Close question", user=discord_double.moderator
    )
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: resumed.index == 1 or None, timeout=15)
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    recorded = await services.store.answers.session_answers(session.session_id)
    figures.survived += acknowledged and len(recorded) == 1
    figures.lost += acknowledged and not recorded
    assert acknowledged and [a.user_id for a in recorded] == [pupil.id], "the vote counts"
    assert count(discord_double, "Question 2/2") == 1, "the quiz went on"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fault", FAULTS)
async def test_the_standings_of_a_quiz_stopped_by_a_failed_post_go_out_once(
    discord_double: DiscordDouble, bot: BriefBot, services, caplog, fault: str
):
    caplog.set_level(logging.WARNING)
    session = await start_channel_quiz(discord_double, services)
    pupil = (await players(discord_double, 1))[0]
    question = await question_message(discord_double, session)
    await (await vote(discord_double, session, question, pupil)).message()
    route = f"POST /channels/{discord_double.news.id}/messages"
    refused = discord_double.fail_next(route, status=403, after=1)  # the next question
    injected = inject(discord_double, fault, after=1)  # then the standings
    close = await discord_double.click(
        question, label="Close question", user=discord_double.moderator
    )
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: injected.hits or None, timeout=15)
    await discord_double.wait_for(lambda: count(discord_double, "Standings so far") or None)
    await discord_double.wait_for(lambda: not bot.channel_quizzes.live or None)  # type: ignore[union-attr]
    assert len(refused.hits) == 1, "the next question was refused: the quiz stopped"
    told = discord_double.dms_to(discord_double.moderator)
    assert any("was stopped" in m.text for m in told), "its starter is told"
    assert count(discord_double, "Standings so far") == 1, "the standings went out once"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"
