"""A channel quiz whose start was interrupted after it was saved: Discord failing the /quiz
reply (a 5xx past discord.py's retries), or the process stopped before its first question
went out. The first question is still posted, once, and the quiz can be played (was: the
quiz was saved and live with no question anywhere, nothing to answer or stop, and every
/quiz in that channel refused with "A quiz is already running in this channel")."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from bot.app import Services
from bot.core.channel_quiz import ChannelQuizService
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_notes_once import count, restart
from tests.faults.test_commit_faults import players, question_message, vote
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

QUIZ = {"briefing": "nk-troops-russia", "mode": "channel", "timer": 0, "count": 2}


async def acknowledged_vote(double: DiscordDouble, services: Services) -> bool:
    """A player answers the open question: True when the bot says it is registered."""
    (session,) = services.study.group.values()
    question = await question_message(double, session)
    pupil = (await players(double, 1))[0]
    seen = await (await vote(double, session, question, pupil)).message()
    return "Answer registered" in seen.text


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("quick_retries")
async def test_a_channel_quiz_whose_reply_failed_still_posts_its_first_question(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, caplog
):
    figures = tally("channel quiz, Discord 503 on the /quiz reply")
    caplog.set_level(logging.WARNING)
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    started = await discord_double.slash(
        "quiz", QUIZ, user=discord_double.moderator, channel=discord_double.news
    )
    told = await started.message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text
    await discord_double.wait_for(lambda: count(discord_double, "Question 1/2") or None)
    figures.tried += 1
    acknowledged = await acknowledged_vote(discord_double, services)
    figures.survived += acknowledged
    assert acknowledged, "the quiz can be played"
    assert count(discord_double, "Question 1/2") == 1, "its first question, once"
    assert [r for r in caplog.records if r.exc_info] == [], "no traceback"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("question", [1, 2])
async def test_a_channel_quiz_stopped_before_a_question_went_out_posts_it_after_the_restart(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog,
    question: int,
):
    """The process stops once the quiz is saved: before its first question is posted, or
    once the first one closed (its results posted) before the second is."""
    figures = tally(f"channel quiz, process stopped before question {question} went out")
    caplog.set_level(logging.WARNING)
    quizzes = bot.channel_quizzes
    assert isinstance(quizzes, ChannelQuizService)

    stops: list[object] = []

    async def stopped_here(*args: object) -> None:
        """The process stops here: nothing more runs."""
        stops.append(args)

    if question == 1:
        monkeypatch.setattr(quizzes, "post_first", stopped_here)
    started = await discord_double.slash(
        "quiz", QUIZ, user=discord_double.moderator, channel=discord_double.news
    )
    await started.message(timeout=10)
    (session,) = services.study.group.values()
    if question == 2:
        first = await question_message(discord_double, session)
        monkeypatch.setattr(quizzes, "_post_question", stopped_here)
        close = await discord_double.click(
            first, label="Close question", user=discord_double.moderator
        )
        await close.response(timeout=10)
    await discord_double.wait_for(lambda: stops or None)
    heading = f"Question {question}/2"
    assert count(discord_double, heading) == 0
    monkeypatch.undo()
    await restart(bot, services, session)
    await discord_double.wait_for(lambda: count(discord_double, heading) or None)
    figures.tried += 1
    acknowledged = await acknowledged_vote(discord_double, services)
    figures.survived += acknowledged
    assert acknowledged, "the quiz can be played"
    assert count(discord_double, heading) == 1, "the question, once"
    assert [r for r in caplog.records if r.exc_info] == [], "no traceback"


@pytest.mark.timeout(30)
async def test_a_timed_question_first_posted_after_a_long_stop_is_open_for_its_time(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
):
    """The process stops before a timed quiz's first question went out and comes back an
    hour later: the question is posted then and open for its 20 s, as nobody saw it before.
    Was: timed from when it was saved, so it was posted and closed at once, unanswerable."""
    figures = tally("timed channel quiz, first question posted an hour late")
    quizzes = bot.channel_quizzes
    assert isinstance(quizzes, ChannelQuizService)

    async def stopped_here(*args: object) -> None:
        """The process stops here: nothing more runs."""

    monkeypatch.setattr(quizzes, "post_first", stopped_here)
    timed = {**QUIZ, "timer": 20}
    started = await discord_double.slash(
        "quiz", timed, user=discord_double.moderator, channel=discord_double.news
    )
    await started.message(timeout=10)
    monkeypatch.undo()
    (session,) = services.study.group.values()
    sessions = services.store.sessions
    row = await sessions.load_session(session.session_id)
    assert row is not None
    state = json.loads(row.state)
    opened = dt.datetime.fromisoformat(state["opened_at"]) - dt.timedelta(hours=1)
    state["opened_at"] = opened.isoformat()  # saved an hour before the restart
    await sessions.save_session(
        row.session_id,
        row.kind,
        row.owner_id,
        row.guild_id,
        row.channel_id,
        json.dumps(state),
        row.expires_at,
    )
    await restart(bot, services, session)
    await discord_double.wait_for(lambda: count(discord_double, "Question 1/2") or None)
    figures.tried += 1
    acknowledged = await acknowledged_vote(discord_double, services)
    figures.survived += acknowledged
    assert acknowledged, "open for its time: the vote is registered"
