"""A half-open gateway connection: it stays open, but Discord stops answering heartbeats and no
event arrives (a peer gone without a word). The bot notices the missing acknowledgements and
resumes; Discord then replays the click that went into the dead connection, past its 3 s. The
replayed click is handled once: its answer committed, one "expired" warning line (no
traceback, no second reply), and the student's retry shows the kept verdict without counting
the answer twice."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

NOTICE_WITHIN = 4.0
"""The bot's heartbeat timeout here (HELLO asks a beat every 0.5 s): silent that long, the
connection is dead. Past Discord's 3 s, as on Discord (41 s beats), so the replay is late."""


async def retry_kept(double: DiscordDouble, question: Any) -> Any:
    """The student's retry of an answer that was kept while its reply was lost: the choice
    clicked again, or Answer pressed again, which shows the kept verdict (no box opens for a
    question already answered)."""
    first = question.buttons[0]
    if first["label"] != "Answer":
        return await double.click(question, first["custom_id"])
    return await double.click(question, label="Answer")


async def kept_answers(services: Services, session_id: str) -> int:
    return len(await services.store.answers.session_answers(session_id))


@pytest.mark.timeout(30)
async def test_a_click_replayed_after_a_half_open_connection_is_handled_once(
    discord_double: DiscordDouble, services: Services, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer sent into a half-open gateway connection")
    discord_double.server.heartbeat_interval_ms = 500
    await discord_double.start(BriefBot(services, heartbeat_timeout=NOTICE_WITHIN))
    itx = await discord_double.slash("quiz", {"briefing": "mini", "count": 3})
    question = (await itx.response(timeout=10)).message
    choice = question.buttons[0]["custom_id"]
    session_id = choice.split(":")[2]
    if question.buttons[0]["label"] == "Answer":  # open the box before the connection dies
        box = await (await discord_double.click(question, label="Answer")).response()

    discord_double.half_open()
    if question.buttons[0]["label"] == "Answer":
        await discord_double.submit_modal(box.custom_id, {"answer": "Ada Quill"})
    else:
        await discord_double.click(question, choice)
    await discord_double.wait_for(lambda: discord_double.state.replayed or None, timeout=15)
    assert discord_double.state.replayed == ["INTERACTION_CREATE"]
    assert len(discord_double.state.identifies) == 1, "resumed, not identified anew"
    await discord_double.wait_for(lambda: discord_double.late_interactions() or None)

    figures.tried += 1
    kept = await kept_answers(services, session_id)
    figures.survived += kept
    assert kept == 1, "the replayed click's answer was committed"
    retry = await (await retry_kept(discord_double, question)).told(timeout=10)
    assert "The answer is" in retry.text, "the retry shows the kept verdict"
    assert await kept_answers(services, session_id) == 1, "not answered twice"
    # The warning follows the refused reply in the bot's own time: waited for, not assumed.
    told = lambda: [r for r in caplog.records if "no longer took the reply" in r.getMessage()]  # noqa: E731
    expired = await discord_double.wait_for(lambda: told() or None, timeout=10)
    assert len(expired) == 1 and expired[0].levelno == logging.WARNING
    assert not any(r.exc_info for r in caplog.records), "no traceback"
