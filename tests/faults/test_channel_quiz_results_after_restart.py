"""A channel quiz whose process died after a question's close was committed and before the
channel saw that question's results: after the restart the channel gets them (the answer,
who was right, what was chosen), once, before the quiz goes on or its final table.

Was: the restart marked the old question closed and went on at the next question (or posted
the final table), and the results of the question closed just before the kill never went
out: its players never saw who was right (session 43's leftover, docs/reliability.md).
The restart is the process's memory lost, the database kept, as in
`tests/faults/test_channel_quiz_killed_between.py`.
"""

from __future__ import annotations

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.test_channel_quiz_killed_between import (
    killed_after_the_close_saved,
    killed_while_closing,
    voted_on_the_last_question,
)
from tests.faults.test_channel_quiz_notes_once import count
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote

RESULTS = "The answer:"


def results_of(double: DiscordDouble, prompt: str) -> list[str]:
    """The channel's results messages for the question asked as `prompt`."""
    return [
        m.text
        for m in double.bot_messages_in(double.news)
        if RESULTS in m.text and prompt[:200] in m.text
    ]


def posted_order(double: DiscordDouble, *texts: str) -> list[int]:
    """Where the first message holding each of `texts` stands in the channel."""
    messages = [m.text for m in double.bot_messages_in(double.news)]
    return [next(i for i, m in enumerate(messages) if t in m) for t in texts]


@pytest.mark.timeout(60)
async def test_killed_before_a_closed_question_showed_its_results_the_restart_posts_them(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    first = await question_message(discord_double, session)
    prompt = session.current().question.prompt
    await (await vote(discord_double, session, first, pupil)).message()

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    shown = results_of(discord_double, prompt)
    assert len(shown) == 1, "the closed question's results, once"
    assert str(pupil.id) in shown[0].split("Right:")[1], "the voter named among the right"
    assert posted_order(discord_double, RESULTS, "Question 2/2") == sorted(
        posted_order(discord_double, RESULTS, "Question 2/2")
    ), "the results come before the next question"


@pytest.mark.timeout(60)
async def test_killed_before_the_last_question_showed_its_results_they_come_before_the_table(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    session, pupil, _ = await voted_on_the_last_question(discord_double, services)
    prompt = session.current().question.prompt
    tally_before = [m.text for m in discord_double.bot_messages_in(discord_double.news)]

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    await discord_double.wait_for(lambda: count(discord_double, "Final table") or None, timeout=10)
    shown = results_of(discord_double, prompt)
    assert len(shown) == 1, "the last question's results, once"
    assert str(pupil.id) in shown[0].split("Right:")[1], "the voter named among the right"
    first_results = sum(RESULTS in t for t in tally_before)
    assert count(discord_double, RESULTS) == first_results + 1, "no other results again"
    messages = [m.text for m in discord_double.bot_messages_in(discord_double.news)]
    assert messages.index(shown[0]) < next(
        i for i, t in enumerate(messages) if "Final table" in t
    ), "the results come before the final table"


@pytest.mark.timeout(60)
async def test_killed_after_the_results_went_out_the_restart_does_not_post_them_again(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    session = await start_channel_quiz(discord_double, services)
    (pupil,) = await players(discord_double, 1)
    first = await question_message(discord_double, session)
    prompt = session.current().question.prompt
    await (await vote(discord_double, session, first, pupil)).message()
    quizzes = bot.channel_quizzes
    assert quizzes is not None

    # dies as it goes to post the next question: the results are out already
    await killed_while_closing(bot, services, session, monkeypatch, (quizzes, "_post_question"))
    assert len(results_of(discord_double, prompt)) == 1
    await quizzes.resume()
    await discord_double.wait_for(lambda: count(discord_double, "Question 2/2") or None)
    assert len(results_of(discord_double, prompt)) == 1, "its results, not posted twice"
    assert count(discord_double, "Question 2/2") == 1
