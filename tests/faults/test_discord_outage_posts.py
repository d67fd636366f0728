"""Discord failing to take a channel quiz's posts (503, an outage) as a question closes: the
votes already acknowledged are kept as answers, the quiz ends and its starter is told
privately, no traceback (was: the question marked closed, its results and the next question
never posted, the moderator told "something went wrong" with nothing left to retry)."""

from __future__ import annotations

import logging

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote

PLAYERS = 2


@pytest.mark.timeout(30)
async def test_a_channel_quiz_whose_posts_fail_ends_keeps_its_answers_and_tells_the_starter(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    figures = tally("channel vote, Discord 503 on the quiz's posts")
    caplog.set_level(logging.WARNING)
    session = await start_channel_quiz(discord_double, services)
    question = await question_message(discord_double, session)
    pupils = await players(discord_double, PLAYERS)
    seen = [await (await vote(discord_double, session, question, p)).message() for p in pupils]
    acknowledged = {
        p.id for p, m in zip(pupils, seen, strict=True) if "Answer registered" in m.text
    }
    figures.tried += len(pupils)
    news = discord_double.news
    outage = discord_double.fail_next(f"POST /channels/{news.id}/messages", times=50, status=503)
    close = await discord_double.click(
        question, label="Close question", user=discord_double.moderator
    )
    await close.response()
    told = await discord_double.wait_for(
        lambda: (
            [m for m in discord_double.dms_to(discord_double.moderator) if "503" in m.text] or None
        )
    )
    assert outage.hits, "Discord did fail the posts"
    assert "Your channel quiz was stopped" in told[0].text
    assert services.study.group == {}, "the quiz ended, not left waiting"
    recorded = {a.user_id for a in await services.store.answers.session_answers(session.session_id)}
    figures.survived += len(acknowledged & recorded)
    figures.lost += len(acknowledged - recorded)
    assert acknowledged == recorded == {p.id for p in pupils}
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"
    assert close.followups == [], "no 'something went wrong' for the moderator"
