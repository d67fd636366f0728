"""The wall clock jumping under a timed channel quiz (an NTP step, an operator setting the
time): an hour forward used to refuse every answer to the open question ("Time is up"),
though it stayed open the rest of its time; an hour back must not keep it open an hour.
The question's time is now measured on the monotonic clock: answers count until its timer
closes it, on time, either way, and the next question follows. An hour back past midnight
must not send a review reminder again, nor put a solo quiz's answers out of order when it
comes back after a restart."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    question_message,
    right_answer,
    start_solo,
    vote,
)
from tests.faults.test_reminder_retries import missed_questions
from tests.faults.test_timed_close_outage import let_the_timer_run, open_timed_quiz

TIMER = 20
HOUR = 3600.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("jump", [HOUR, -HOUR], ids=["forward", "back"])
async def test_a_wall_clock_jump_neither_cuts_a_timed_question_short_nor_stretches_it(
    discord_double: DiscordDouble, bot, services, clock: FakeClock, jump: float
):
    figures = tally(f"channel vote, wall clock jumping {'forward' if jump > 0 else 'back'} 1 h")
    session, question, pupil = await open_timed_quiz(discord_double, services, TIMER)

    await let_the_timer_run(clock, TIMER / 2)
    clock.jump(jump)
    registered = await (await vote(discord_double, session, question, pupil)).message()
    figures.tried += 1
    assert "Answer registered" in registered.text, "answered within the question's time"
    assert session.index == 0, "still open"

    await let_the_timer_run(clock, TIMER / 2)
    await discord_double.wait_for(lambda: session.index == 1 or None)  # closed on time
    await question_message(discord_double, session)
    recorded = [a.user_id for a in await services.store.answers.session_answers(session.session_id)]
    figures.survived += recorded == [pupil.id]
    figures.lost += recorded != [pupil.id]
    assert recorded == [pupil.id], "the acknowledged answer counts"


@pytest.mark.timeout(30)
async def test_a_review_reminder_sent_after_midnight_is_not_sent_again_when_the_clock_steps_back(
    discord_double: DiscordDouble, bot, services, clock: FakeClock
):
    """A reminder at 00:30 (Berlin) went out at 00:40; the wall clock is then set an hour back,
    to 23:40 of the day before (an NTP step). The reminder of that day is the one already sent:
    the student gets no second one (was: the day before looked unsent, so it went out again)."""
    reminders = bot.get_cog("Progress").reminders
    on = await discord_double.slash("remind", {"time": "00:30", "timezone": "Europe/Berlin"})
    await on.response()
    await missed_questions(discord_double, services)
    clock.current = dt.datetime(2026, 3, 2, 23, 40, tzinfo=dt.UTC)  # 00:40 on 3 March, Berlin
    student = discord_double.student
    assert await reminders.run_due() == [student.id]
    clock.jump(-HOUR)  # 23:40 on 2 March in Berlin
    assert await reminders.run_due() == [], "the day's reminder already went out"
    clock.jump(HOUR)  # set right again
    assert await reminders.run_due() == []
    assert len(discord_double.dms_to(student)) == 1, "one reminder"


@pytest.mark.timeout(30)
async def test_a_solo_quiz_answered_across_a_clock_step_back_resumes_after_a_restart(
    discord_double: DiscordDouble, bot, services, clock: FakeClock
):
    """Question 1 answered, the wall clock set an hour back, question 2 answered, then a
    restart: the quiz comes back at question 3 (was: its answers read back in the order of
    their times, question 2's first, so it came back at question 1 and every click said
    "You already answered that question"; found by the chaos run, PostgreSQL seed 205)."""
    student = discord_double.student
    question = await start_solo(discord_double, student)
    for step in (0.0, -HOUR):
        clock.jump(step)
        await (await answer_solo(discord_double, services, question, student)).told()
        await (await discord_double.click(question, label="Next question ▶")).told()
    assert "Question 3/" in question.text
    third = right_answer(services, question)
    services.study.solo.clear()  # a restart: the quiz comes back from the database
    verdict = await (await answer_solo(discord_double, services, question, student, third)).told()
    assert "The answer is" in verdict.text, verdict.text
