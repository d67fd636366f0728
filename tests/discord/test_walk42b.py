"""Walk 42b: a student types in the plain answer box that a restarted bot opens while it is
still rebuilding their quiz (`tests/discord/test_answer_box_while_restoring.py`): the box
knows nothing of the quiz yet, so what is typed there is judged on submit, whatever became of
the quiz meanwhile. Each test is one reply, with what it said before its fix."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.study import SESSION_LIFETIME
from tests.discord.test_answer_box_while_restoring import _to_a_short_question
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_walk40 import answered_through
from tests.discord_double import CallbackType, DiscordDouble, InteractionType, payloads


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved past a quiz's lifetime by one walk."""
    return FakeClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def restart(services: Services, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """A restart: every quiz comes back from the store, slower than an answer box can wait
    (a crowd of students back at once), so the Answer button opens the plain box."""
    sessions = services.study.store.sessions
    load_session = sessions.load_session

    async def slow_load(*args, **kwargs):
        await asyncio.sleep(1.8)
        return await load_session(*args, **kwargs)

    def restarted() -> None:
        services.study.solo.clear()
        monkeypatch.setattr(sessions, "load_session", slow_load)

    return restarted


async def _typed_with_its_verdict_lost(double: DiscordDouble, services: Services):
    """A solo quiz at a typed question where "Ada Lovelace" was typed and kept, but every
    reply to it lost (Discord 500s), so the question still shows: its message and session."""
    message = await solo_quiz(double, {"count": 3})
    await _to_a_short_question(double, services, message)
    session = session_of(services, message)
    typed_at = session.index
    box = await (await double.click(message, label="Answer")).response()
    outage = double.fail_next("/callback", times=100, status=500)
    await double.submit_modal(box.custom_id, {"answer": "Ada Lovelace"})
    await double.wait_for(lambda: session.index > typed_at or None, timeout=10)
    double.state.faults.remove(outage)
    return message, session


async def _plain_box(double: DiscordDouble, message, user=None) -> str:
    shown = await (await double.click(message, label="Answer", user=user)).response()
    assert shown.type == CallbackType.MODAL
    assert shown.data["components"][0]["components"][0]["label"] == "Your answer", shown.data
    return shown.custom_id


async def test_an_answer_typed_again_for_a_question_whose_reply_was_lost(
    discord_double: DiscordDouble, bot, services: Services, restart
) -> None:
    """The student typed "Ada Lovelace"; it was kept, but Discord lost the verdict, so the
    question still showed. The bot restarted; they pressed Answer, the plain box opened, and
    they typed "Ada Quill". The reply read 'You typed “”. ❌ Not quite. The answer is Ada
    Quill': the answer they just typed marked wrong, and the one kept not shown (a quiz
    rebuilt from the store had forgotten what was typed). It now shows the kept answer and
    says the new one was not counted; the store still holds the one answer."""
    double = discord_double
    message, session = await _typed_with_its_verdict_lost(double, services)
    kept = await services.store.answers.session_answers(session.session_id)

    restart()
    again = await double.submit_modal(await _plain_box(double, message), {"answer": "Ada Quill"})
    verdict = (await again.response()).message.text
    assert "You typed “Ada Lovelace”." in verdict, verdict
    assert "“Ada Quill” was not counted" in verdict, verdict
    assert "❌ Not quite. The answer is **Ada Quill**." in verdict, verdict
    assert await services.store.answers.session_answers(session.session_id) == kept
    go_on = message.buttons[0]["label"]
    assert go_on in ("Next question ▶", "See my score"), "the student can go on"


async def test_answer_pressed_again_after_a_restart_shows_what_was_typed(
    discord_double: DiscordDouble, bot, services: Services
) -> None:
    """The same lost verdict, the bot restarted and quick to rebuild the quiz: Answer pressed
    again shows the kept verdict at once (no box), which read "You typed “”." above it; it
    now shows what the student typed."""
    double = discord_double
    message, _ = await _typed_with_its_verdict_lost(double, services)

    services.study.solo.clear()  # a restart: the quiz comes back from the database
    shown = await (await double.click(message, label="Answer")).told()
    assert getattr(shown, "type", None) != CallbackType.MODAL, "no box for an answered question"
    assert "You typed “Ada Lovelace”." in message.text, message.text


async def test_an_answer_typed_for_a_quiz_that_ended_meanwhile(
    discord_double: DiscordDouble, bot, services: Services, restart, clock: FakeClock
) -> None:
    """The student came back the next day to the quiz still on their screen; the restarted
    bot opened the plain box before it found the quiz had expired. The reply read "This quiz
    has ended: start a new one with /quiz.", not saying what became of the answer just
    typed; it now says it was not counted."""
    double = discord_double
    message = await solo_quiz(double, {"count": 3})
    await _to_a_short_question(double, services, message)
    session_id = session_of(services, message).session_id
    answered = await services.store.answers.session_answers(session_id)
    restart()
    clock.advance(SESSION_LIFETIME.total_seconds() + 60)
    submitted = await double.submit_modal(
        await _plain_box(double, message), {"answer": "Ada Quill"}
    )
    reply = await submitted.response()
    assert reply.ephemeral
    assert "Your answer “Ada Quill” was not counted." in reply.message.text, reply.message.text
    assert "This quiz has ended: start a new one with /quiz." in reply.message.text
    assert await services.store.answers.session_answers(session_id) == answered


async def test_an_answer_typed_in_another_students_quiz_is_refused_and_theirs_kept(
    discord_double: DiscordDouble, bot, services: Services, restart
) -> None:
    """A solo quiz is private, so only a forged click reaches another student's Answer
    button: the plain box opens (the bot cannot tell whose quiz it is yet), and its submit
    is refused politely; the owner's quiz goes on as it was."""
    double = discord_double
    message = await solo_quiz(double, {"count": 3})
    await _to_a_short_question(double, services, message)
    restart()
    other = await double.add_member("other")
    button = message.component(None, label="Answer")
    forged = await double._interact(
        InteractionType.MESSAGE_COMPONENT,
        payloads.component_data(message, button, None),
        other,
        double.state.channel(message.channel_id),
        button["custom_id"],
        message,
    )
    box = await forged.response()
    assert box.type == CallbackType.MODAL
    refused = await double.submit_modal(box.custom_id, {"answer": "Ada Quill"}, user=other)
    reply = await refused.response()
    assert reply.ephemeral
    assert "This is someone else's quiz: start your own with /quiz." in reply.message.text
    verdict = await (await answer_right(double, services, message)).response()
    assert "✅ Right!" in verdict.message.text, "the owner's question is still theirs to answer"


async def test_report_on_a_bundled_briefing_removed_from_disk_names_it(
    discord_double: DiscordDouble, bot, services: Services
) -> None:
    """Students quizzed themselves on a bundled briefing; at the end of the unit whoever runs
    the bot removed its file. The moderator's `/report briefing:mini` read "No briefing
    matches “mini”", though the server holds every answer to it and the report on work set
    on it names it from the removed file's kept copy. It now reports those answers under
    the briefing's title, its questions named by their prompts; a name that was never a
    briefing is still refused."""
    double, mod = discord_double, discord_double.moderator
    await answered_through(double, services, await solo_quiz(double, {"count": 3}))
    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()

    report = await (await double.slash("report", {"briefing": "mini"}, user=mod)).message()
    assert "No briefing matches" not in report.text, report.text
    assert "Briefing: A small test briefing (no longer available)" in report.text, report.text
    assert "Who said ships can dock again?" in report.text, report.text
    assert "q-who" not in report.text, report.text
    chart = {"briefing": "mini", "export": "chart"}
    charted = await (await double.slash("report", chart, user=mod)).message()
    assert "No briefing matches" not in charted.text, charted.text
    assert charted.files, "the chart of the answers to it"
    never = await (await double.slash("report", {"briefing": "zzz"}, user=mod)).message()
    assert "No briefing matches “zzz”" in never.text, never.text
