""" "I guessed" under a right verdict: the answer is re-rated for review, privately, once.

The button's id names the session and the question; its handler reads only the store, so it
works after a restart. The score stays; the question comes back within minutes (FSRS's Again)
instead of ten minutes or days later, and /score's due line shows it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_services
from bot.core.clock import FakeClock
from bot.core.errors import QuizError
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, solo_quiz

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
TWO_MINUTES = dt.timedelta(minutes=2)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def _answered_right(double, services):
    message = await solo_quiz(double, {"count": 1, "difficulty": "easy"})
    verdict = await (await answer_right(double, services, message)).response()
    assert "I guessed" in [b["label"] for b in verdict.message.buttons]
    return verdict.message


async def test_i_guessed_brings_a_right_answer_back_within_minutes_once(
    discord_double, bot, services, clock
):
    double = discord_double
    verdict = await _answered_right(double, services)
    student = double.student.id
    soon = clock.now() + TWO_MINUTES
    assert await services.store.reviews.due_reviews(student, soon) == [], "Good: ten minutes"

    clock.advance(5)
    noted = await (await double.click(verdict, label="I guessed")).response()
    assert noted.ephemeral and "comes back" in noted.message.text
    (due,) = await services.store.reviews.due_reviews(student, clock.now() + TWO_MINUTES)
    clock.advance(30)  # a second mark would move it on again
    again = await (await double.click(verdict, label="I guessed")).response()
    assert "comes back" in again.message.text
    assert await services.store.reviews.due_reviews(student, clock.now() + TWO_MINUTES) == [due]

    clock.advance(90)
    score = await (await double.slash("score")).response()
    assert "Right answers: 1/1 (100%)" in score.message.text, "the score stays"
    assert "Due for review: 1" in score.message.text


async def test_only_the_student_who_answered_sees_and_can_use_i_guessed(
    discord_double, bot, services
):
    double = discord_double
    verdict = await _answered_right(double, services)
    other = await double.add_member("other")
    with pytest.raises(AssertionError, match="cannot see this ephemeral message"):
        await double.click(verdict, label="I guessed", user=other)

    session_id, question_id = _guessed_id(verdict).split(":")[2:]
    with pytest.raises(QuizError, match="Only your own right answer"):  # a forged click
        await services.study.mark_guessed(session_id, other.id, question_id)
    soon = services.clock.now() + TWO_MINUTES
    assert await services.store.reviews.due_reviews(double.student.id, soon) == []


def _guessed_id(message) -> str:
    return next(b["custom_id"] for b in message.buttons if b["label"] == "I guessed")


async def test_i_guessed_works_after_a_restart(discord_double, settings, clock):
    before = await build_services(settings, clock=clock)
    first = await discord_double.start(BriefBot(before))
    verdict = await _answered_right(discord_double, before)
    await discord_double.stop(first)
    await before.close()

    after = await build_services(settings, clock=clock)
    try:
        await discord_double.start(BriefBot(after))
        clock.advance(5)
        noted = await (await discord_double.click(verdict, label="I guessed")).response()
        assert "comes back" in noted.message.text
        soon = clock.now() + TWO_MINUTES
        assert len(await after.store.reviews.due_reviews(discord_double.student.id, soon)) == 1
    finally:
        await after.close()


async def test_a_late_i_guessed_replaces_the_answers_review_and_says_it_is_due_now(
    discord_double, bot, services, clock
):
    """Marked minutes after the answer, the guess replaces that answer's review (one review,
    rated as a miss at the answer's time, not a second one now): the question is due at once,
    and the reply says so instead of showing a time already past."""
    double = discord_double
    answered_at = clock.now()
    verdict = await _answered_right(double, services)
    clock.advance(180)

    noted = await (await double.click(verdict, label="I guessed")).response()

    assert "due again now" in noted.message.text and "/review" in noted.message.text
    (due,) = await services.store.reviews.due_reviews(double.student.id, clock.now())
    assert due.due == answered_at + dt.timedelta(minutes=1), "a miss at the answer's time"
    again = await (await double.click(verdict, label="I guessed")).response()
    assert "due again now" in again.message.text
    assert await services.store.reviews.due_reviews(double.student.id, clock.now()) == [due]
