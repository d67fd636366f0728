"""The answer box opens even while a restarted bot is slow to rebuild the quiz (seed 850).

After a restart every student's next click rebuilds their quiz from the store; when a crowd
comes back at once that read can take longer than the moment Discord leaves to open a form
(a form is only ever a first response, and the bot defers a slow click at 1.5 s). The box
then opens plain ("Your answer"), what the student types is judged as usual, and the quiz is
rebuilt once for both."""

from __future__ import annotations

import asyncio

from tests.discord.test_bot import session_of, solo_quiz
from tests.discord_double import CallbackType


async def _to_a_short_question(double, services, message) -> None:
    while session_of(services, message).current().question.kind != "short":
        qq = session_of(services, message).current()
        index = qq.keys.index(qq.right_key)
        await (await double.click(message, message.buttons[index]["custom_id"])).response()
        await (await double.click(message, label="Next question ▶")).response()


async def test_a_slow_rebuild_after_a_restart_still_opens_the_answer_box(
    discord_double, bot, services, monkeypatch
):
    message = await solo_quiz(discord_double, {"count": 3})
    await _to_a_short_question(discord_double, services, message)
    answer = session_of(services, message).current().question.answer_text
    services.study.solo.clear()  # a restart: the quiz comes back from the database
    sessions = services.study.store.sessions
    load_session = sessions.load_session

    loads = []

    async def slow_load(*args, **kwargs):
        loads.append(args)
        await asyncio.sleep(1.8)  # a crowd of students rebuilding their quizzes at once
        return await load_session(*args, **kwargs)

    monkeypatch.setattr(sessions, "load_session", slow_load)
    shown = await (await discord_double.click(message, label="Answer")).response()
    assert shown.type == CallbackType.MODAL, "the answer box, not 'too long to open the form'"
    submitted = await discord_double.submit_modal(shown.custom_id, {"answer": answer})
    reply = await submitted.response()
    assert "✅ Right! The answer is **Ada Quill**." in reply.message.text
    assert len(loads) == 1, "the box's submit waited for the one rebuild, not a second copy"
