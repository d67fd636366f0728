"""A channel quiz whose process died after a question's close was committed and before the
channel saw that question marked closed: after the restart the channel shows one open
question, the quiz's next one, and the old question's message shows it closed (its right
option marked, nothing to click), as it would have without the restart.

Was: the close saved the quiz without the old message's id before it edited it, so the restart
went on at the next question and the old message kept its live buttons: two open questions
in one channel, students clicking the closed one (seed 911's rerun, docs/reliability.md).
The restart is the process's memory lost, the database kept, as in
`tests/faults/test_channel_quiz_killed_between.py`.
"""

from __future__ import annotations

import logging

import pytest

from benchmarks.chaos import open_channel_questions
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_killed_between import (
    killed_after_the_close_saved,
    voted_on_the_last_question,
)
from tests.faults.test_channel_quiz_notes_once import count
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote


def shows_closed(message) -> bool:
    """Whether a posted question shows it closed: said so, and no option left to click."""
    options = [b for b in message.buttons if ":qg:" in str(b.get("custom_id", ""))]
    return "Closed" in message.text and options == [] and not message.deleted


@pytest.mark.timeout(60)
async def test_killed_before_the_close_showed_the_channel_has_one_open_question(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel quiz killed before its closed question was marked")
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    first = await question_message(discord_double, session)
    assert (
        "Answer registered"
        in (await (await vote(discord_double, session, first, pupil)).message()).text
    )
    figures.tried += 1

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    second = await question_message(discord_double, session)
    assert open_channel_questions(discord_double, discord_double.news) == [second], (
        "one open question in the channel: the next one"
    )
    assert shows_closed(first), first.buttons
    assert count(discord_double, "Question 1/2") == 1, "the old question was not posted again"
    recorded = await services.store.answers.session_answers(session.session_id)
    assert [a.user_id for a in recorded] == [pupil.id], "the vote counted, once"
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_killed_before_the_last_close_showed_no_question_is_left_open(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    session, _, last = await voted_on_the_last_question(discord_double, services)

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Final table") or None, timeout=10)
    assert open_channel_questions(discord_double, discord_double.news) == []
    assert shows_closed(last), last.buttons
    assert count(discord_double, "Final table") == 1


@pytest.mark.timeout(60)
@pytest.mark.parametrize("status", [404, 403])
async def test_an_old_question_that_cannot_be_marked_is_one_line_and_the_quiz_goes_on(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog,
    status: int,
):
    """The old message was deleted meanwhile (404), or the bot may no longer edit there
    (403): one warning line names the quiz, and its next question is posted all the same."""
    caplog.set_level(logging.WARNING)
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    first = await question_message(discord_double, session)
    await (await vote(discord_double, session, first, pupil)).message()

    route = f"PATCH /channels/{discord_double.news.id}/messages/{first.id}"
    refused = discord_double.fail_next(route, status=status)
    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    assert len(refused.hits) == 1, "the restart tried to mark the old question closed, once"
    lines = [r.getMessage() for r in caplog.records if "mark question" in r.getMessage()]
    assert len(lines) == 1 and session.session_id in lines[0], lines
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"
    assert count(discord_double, "Question 2/2") == 1, "the quiz went on"
