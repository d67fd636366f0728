"""Walk 34: a student's and a moderator's walk through the Discord double, and what surprised.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.app import build_services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def _answer_wrong(double: DiscordDouble, services, message, user) -> None:
    """Answer the question on `message` wrong, and wait until the user sees the answer (on a
    loaded machine the bot defers, then edits: the buttons after it come with the edit)."""
    asked = session_of(services, message).current()
    if asked.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        await (
            await double.submit_modal(shown.custom_id, {"answer": "no idea"}, user=user)
        ).message()
        return
    wrong = next(i for i, key in enumerate(asked.keys) if key != asked.right_key)
    await (await double.click(message, message.buttons[wrong]["custom_id"], user=user)).message()


async def test_review_says_when_the_first_question_comes_back_not_only_the_last(
    discord_double: DiscordDouble, bot, services, clock
):
    """A miss and a guess come back within a minute, a right answer minutes later. /review
    said "Nothing is due yet: 3 questions come back in 10 minutes. Run /review then", though
    "I guessed" had just said that question comes back in 1 minute."""
    double, student = discord_double, discord_double.student
    quiz = await solo_quiz(double, {"count": 3}, user=student)
    await _answer_wrong(double, services, quiz, student)
    await (await double.click(quiz, label="Next question ▶", user=student)).message()
    await (await answer_right(double, services, quiz, user=student)).message()
    guessed = await (await double.click(quiz, label="I guessed", user=student)).message()
    (promised,) = re.findall(r"<t:(\d+):R>", guessed.text)
    await (await double.click(quiz, label="Next question ▶", user=student)).message()
    await (await answer_right(double, services, quiz, user=student)).message()

    review = await run(double, "review", user=student)

    stamps = re.findall(r"<t:(\d+):R>", review.text)
    assert "the first of 3 questions comes back" in review.text, review.text
    assert stamps[0] == promised, "when the guessed question comes back, as it was told"
    assert int(stamps[-1]) > int(promised), "and when the last does"
    score = await run(double, "score", user=student)
    assert "Due for review: 0 — the first of 3 questions comes back" in score.text, score.text
    clock.advance(int(promised) - clock.now().timestamp() + 1)
    due = await run(double, "review", user=student)
    assert "Question 1/" in due.text, "at the moment /review named, questions are due"


async def _channel_question(double: DiscordDouble, starter, **options):
    quiz = {"briefing": "mini", "count": 2, "mode": "channel", **options}
    await (await double.slash("quiz", quiz, user=starter)).response()
    return await double.wait_for_message(double.general, lambda m: "Question 1/2" in m.text)


@pytest.mark.parametrize(
    ("timer", "running", "press", "settled"),
    [
        (0, "take your time", "Close question", "Closed"),
        (30, "Closes <t:", "Stop quiz", "Quiz stopped"),
    ],
    ids=["closed-untimed", "stopped-timed"],
)
async def test_a_question_no_longer_open_says_so_instead_of_its_countdown(
    discord_double: DiscordDouble, bot, services, timer, running, press, settled
):
    """Scrolling back, a closed untimed question still read "Untimed: take your time" under
    its marked answer; a stopped timed one kept its live countdown ("Closes in 12 seconds",
    then "Closes 2 minutes ago") on a question that never closed."""
    double = discord_double
    question = await _channel_question(double, double.student, timer=timer)
    assert running in question.text

    await (await double.click(question, label=press, user=double.student)).response()
    await double.wait_for_message(
        double.general, lambda m: "The answer:" in m.text or "Quiz stopped" in m.text
    )

    assert running not in question.text and settled in question.text, question.text
    assert {b["label"] for b in question.buttons}.isdisjoint({"Close question", "Stop quiz"})


async def test_a_question_nobody_answered_is_told_so_across_a_restart(
    discord_double: DiscordDouble, settings
):
    """Restarted while a timed question was open and unanswered, the channel read "the 0
    answers already given are kept", then "Right: nobody" over "Chosen: A) 0 · B) 0 · C) 0 ·
    D) 0"."""
    double = discord_double
    services = await build_services(settings)
    first = await double.start(BriefBot(services))
    question = await _channel_question(double, double.student, timer=5)
    await double.stop(first)
    await services.close()

    services = await build_services(settings)
    try:
        await double.start(BriefBot(services))
        note = await double.wait_for_message(double.general, lambda m: "I restarted" in m.text)
        results = await double.wait_for_message(
            double.general, lambda m: "The answer:" in m.text, after=question, timeout=30
        )
    finally:
        await services.close()

    assert "nobody has answered it yet" in note.text and "0 answers" not in note.text, note.text
    assert "Nobody answered this one." in results.text, results.text
    assert "Chosen:" not in results.text and "Right: nobody" not in results.text
