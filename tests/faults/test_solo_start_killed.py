"""A solo `/quiz` saved just before the process died (`kill -9` between its commit and its
first question): the student's retry after the restart shows that quiz, not a second one
beside it. Was: the retry started anew (what the first start saved was kept in memory only),
so two quizzes stayed open for one student, the first never shown (faults-38's open item 1).

The restart is the process's memory lost (its live quizzes and the saves it knew were
unseen), the database kept, as in `tests/faults/test_clock_jumps.py`.
"""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.core.unseen_saves import UnseenSaves
from bot.discord_bot.cooldown import UserCooldown
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import (
    SOLO,
    question_message_answers,
    session_of,
    stored,
)
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)


def memory_lost(services: Services) -> None:
    """The process stops and starts again on the same database."""
    services.study.solo.clear()
    services.study._unshown = UnseenSaves()


@pytest.mark.timeout(60)
@pytest.mark.usefixtures("quick_retries")
async def test_a_solo_start_saved_before_a_restart_is_shown_by_the_retry(
    discord_double: DiscordDouble, bot, services: Services
):
    figures = tally("/quiz solo saved, killed before its first question, retried after restart")
    pupil = discord_double.student
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.slash("quiz", SOLO, user=pupil)
    told = await first.message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text, "the student saw no question"
    (saved,) = await stored(services, "solo")
    memory_lost(services)
    figures.tried += 1

    retry = await discord_double.slash("quiz", SOLO, user=pupil)
    shown = await retry.message(timeout=10)
    assert "Question 1/2" in shown.text and shown.ephemeral, shown.text
    assert session_of(shown) == saved.session_id, "the retry shows the quiz saved before"
    assert len(await stored(services, "solo")) == 1, "one quiz open (was: two)"
    session = services.study.solo[saved.session_id]
    assert session.asked_at > session.started_at, "its first question is asked from the retry"
    await question_message_answers(discord_double, services, shown, pupil)
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_after_a_restart_an_answered_quiz_or_another_ask_starts_a_new_quiz(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    """Only a quiz nobody answered, started with the same options, is taken up again: one the
    student answered stays where it is, and a /quiz with other options is a new quiz."""
    monkeypatch.setattr(UserCooldown, "hit", lambda self, user_id, now: None)  # minutes apart
    pupil = discord_double.student
    shown = await (await discord_double.slash("quiz", SOLO, user=pupil)).message(timeout=10)
    answered = session_of(shown)
    await question_message_answers(discord_double, services, shown, pupil)
    memory_lost(services)
    again = await (await discord_double.slash("quiz", SOLO, user=pupil)).message(timeout=10)
    assert "Question 1/2" in again.text and session_of(again) != answered
    memory_lost(services)
    other = {**SOLO, "count": 3}
    third = await (await discord_double.slash("quiz", other, user=pupil)).message(timeout=10)
    assert "Question 1/3" in third.text
    assert session_of(third) not in {answered, session_of(again)}
    assert len(await stored(services, "solo")) == 3
