"""A bundled briefing's file removed (and /reload run) while quizzes on it are open: the
open quizzes go on with the version they started with, so the old buttons still answer
(a solo answer and its Next question, a channel vote and the question's close), with no
traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.test_process_faults import open_question
from tests.faults.test_wal_removed import answer, start_quiz


async def vote(double: DiscordDouble, question) -> str:
    """The student votes on a channel-quiz question: the bot's private answer."""
    if "Answer" in [b.get("label") for b in question.buttons]:
        box = await (await double.click(question, label="Answer")).response()
        voted = await double.submit_modal(box.custom_id, {"answer": "Port Elm"})
    else:
        voted = await double.click(question, question.buttons[0]["custom_id"])
    return (await voted.told(timeout=10)).text


@pytest.mark.timeout(30)
async def test_open_quizzes_on_a_removed_briefing_go_on(
    discord_double: DiscordDouble, bot, content: Path, caplog: pytest.LogCaptureFixture
):
    solo = await start_quiz(discord_double, discord_double.student)
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2}
    started = await discord_double.slash(
        "quiz", options, user=discord_double.moderator, channel=discord_double.news
    )
    await started.response()
    channel = await discord_double.wait_for(lambda: open_question(discord_double))
    (content / "mini.yaml").unlink()
    reload = await discord_double.slash("reload", {}, user=discord_double.moderator)
    assert "mini.yaml: removed" in (await reload.message()).text

    await answer(discord_double, discord_double.student, solo)
    assert "The answer is" in solo.text, "the solo answer is judged and kept"
    await (await discord_double.click(solo, label="Next question ▶")).response()
    assert "Question 2/3" in solo.text, "its Next button goes on"
    assert "Answer registered" in await vote(discord_double, channel)
    closed = await discord_double.click(
        channel, label="Close question", user=discord_double.moderator
    )
    await closed.response()
    await discord_double.wait_for_message(
        discord_double.news, lambda m: "Right:" in m.text, timeout=5
    )
    assert discord_double.late_interactions() == []
    assert not any(r.exc_info for r in caplog.records), "no traceback"
    assert not any(r.levelno >= logging.ERROR for r in caplog.records)
