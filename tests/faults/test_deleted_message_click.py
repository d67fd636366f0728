"""A click on a quiz question whose message was deleted meanwhile (by a moderator, or the
student's client showing it a moment longer): Discord refuses to update a message that is
gone (Unknown Message), so the verdict, once the answer is kept, comes as a private message
of its own with the quiz's buttons (was: a traceback in the log and "This interaction
failed" for an answer that was stored)."""

from __future__ import annotations

import logging

import pytest

from bot.app import Services
from tests.discord_double import DiscordDouble
from tests.faults.test_commit_faults import answer_solo, right_answer, solo
from tests.faults.test_malformed_payloads import forged


@pytest.mark.timeout(30)
async def test_an_answer_on_a_deleted_question_is_kept_and_its_verdict_shown_privately(
    discord_double: DiscordDouble, bot, services: Services, caplog: pytest.LogCaptureFixture
):
    quiz = {"briefing": "nk-troops-russia", "count": 10}  # 10: one has choices, surely
    question = (await (await discord_double.slash("quiz", quiz)).response()).message
    answered = 0
    while True:  # answer until a question with choices is shown (after one at least)
        await (await answer_solo(discord_double, services, question, discord_double.student)).told()
        answered += 1
        like = await discord_double.click(question, label="Next question ▶")
        await like.told()
        custom_id, _typed = right_answer(services, question)
        if custom_id is not None:
            break
    choice = custom_id
    session_id = solo(services, question).session_id
    caplog.set_level(logging.WARNING)

    def on(payload: dict) -> None:
        payload["data"]["custom_id"] = choice

    clicked = await forged(discord_double, like, on, gone=True)  # its message deleted
    verdict = await clicked.told()
    assert clicked.callback is not None and clicked.callback.elapsed < 3.0
    assert clicked.callback.ephemeral, "a private message of its own"
    assert "The answer is" in verdict.text, verdict.text
    kept = await services.store.answers.session_answers(session_id)
    assert len(kept) == answered + 1, "the answer is kept, once"
    assert not any(r.exc_info for r in caplog.records), "no traceback"
