"""Polish 44: small things a student met in walk 44s, each with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.cooldown import UserCooldown
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_walk44s import text_only
from tests.discord.test_walkthrough28 import play
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved while the student thinks."""
    return FakeClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture(autouse=True)
def no_cooldown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quizzes started one after another, as days apart would be."""
    monkeypatch.setattr(UserCooldown, "hit", lambda self, user_id, now: None)


async def test_an_untimed_students_score_says_nothing_of_time(
    discord_double: DiscordDouble, services: Services, clock: FakeClock
) -> None:
    """A student who chose untimed play, to be rushed by nothing, finished a quiz and read
    "You scored 2/3 (67%) in 0 s.": a time they never had (or, had the clock run, the
    minutes they took, the pressure they had turned off). An untimed student's score, of a
    quiz, a review or an assignment, now says nothing of time; a timed student's still does."""
    double, sam = discord_double, discord_double.student
    ben = await double.add_member("ben")
    await (await double.slash("preferences", {"untimed": True}, user=sam)).message()
    for user, timed in ((sam, False), (ben, True)):
        question = await solo_quiz(double, {"count": 3}, user=user)
        clock.advance(95)
        score = (await play(double, services, question, [False, True, True], user=user)).text
        assert "You scored 2/3 (67%)" in score, score
        assert (" in 95 s." in score) is timed, score
        assert " s." not in score or timed, score

    clock.advance(2 * 86400)  # the missed question is due
    review = await (await double.slash("review", user=sam)).message()
    due = int(re.search(r"Question 1/(\d+)", review.text)[1])  # type: ignore[index]
    score = (await play(double, services, review, [True] * due, user=sam)).text
    assert f"You scored {due}/{due} (100%)." in score, score

    work = {"briefing": "mini", "due_date": "2026-03-13", "due_time": "16:00"}
    announced = await (await double.slash("assign", work, user=double.moderator)).message()
    mine = await (await double.click(announced, label="Start assignment #1", user=sam)).message()
    clock.advance(40)
    score = (await play(double, services, mine, [True, True, True], user=sam)).text
    assert "You scored 3/3 (100%)." in score, score


async def test_the_same_answer_clicked_twice_in_a_channel_quiz_says_it_was_kept(
    discord_double: DiscordDouble,
) -> None:
    """In a channel quiz a student clicked True, then True again to be sure, and read
    "Answer registered" a second time, as if the first click had been lost. The second
    click now says plainly the answer was already registered and nothing changed; another
    choice still says the answer changed (answers may change until the question closes),
    and going back to the first one changes it again."""
    double = discord_double
    start = {"briefing": "mini", "count": 1, "difficulty": "hard", "mode": "channel", "timer": 0}
    intro = await (await double.slash("quiz", start)).message()
    question = await double.wait_for_message(double.general, lambda m: "1/1" in m.text, after=intro)

    async def click(label: str) -> str:
        return (await (await double.click(question, label=label)).message()).text

    first, again = await click("True"), await click("True")
    assert first.startswith("Answer registered") and "You answered True." in first, first
    assert again.startswith("Answer already registered"), again
    assert "You already answered True: nothing changed." in again, again
    assert "You can change it until the question closes." in again, again
    changed, back = await click("False"), await click("True")
    assert changed.startswith("Answer changed") and "You answered False." in changed, changed
    assert back.startswith("Answer changed") and "You answered True." in back, back
    await (await double.click(question, label="Close question")).response()
    results = await double.wait_for_message(
        double.general, lambda m: "The answer:" in m.text, after=question
    )
    assert "Chosen: True 1 · False 0" in results.text, "one student, one answer, the last"


async def test_a_text_only_verdict_has_only_buttons_that_do_something(
    discord_double: DiscordDouble, services: Services
) -> None:
    """A screen reader's user answered a choice question: the verdict read out its four
    options again, each a dimmed button, before "Next question", every verdict of the quiz.
    In the text-only mode the verdict now keeps only the buttons that still do something;
    the verdict says which answer is right, as before. A student who sees the colours still
    gets the options marked, the right one green."""
    double, sam = discord_double, discord_double.student
    ben = await double.add_member("ben")
    await text_only(double, sam)
    options_met = 0
    for user, plain in ((sam, True), (ben, False)):
        question = await solo_quiz(double, {"count": 3}, user=user)
        for number in range(3):
            asked = session_of(services, question).current()
            verdict = await (await answer_right(double, services, question, user=user)).message()
            assert "✅ Right! The answer is" in verdict.text, verdict.text
            shown = [(b["label"], bool(b.get("disabled"))) for b in verdict.buttons]
            last = number == 2
            go_on = "See my score" if last else ("Next question" if plain else "Next question ▶")
            if plain:
                assert shown == [(go_on, False), ("I guessed", False), ("Report a problem", False)]
            else:
                assert [off for _label, off in shown].count(True) == len(asked.options), shown
            options_met += len(asked.options)
            question = await (await double.click(verdict, label=go_on, user=user)).message()
    assert options_met, "the quiz had choice or true/false questions"
