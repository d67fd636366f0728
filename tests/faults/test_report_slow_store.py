"""A moderator's `/report` (as a page, or exported as a CSV file) whose read waits on a slow
store past the moment other interactions are given up: it is deferred within Discord's 3 s
and the report follows, never "try again" (it defers before its work, like `/post`, so it is
left its time). Nothing needed changing; held so that it stays so.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.test_commit_faults import answer_solo, start_solo
from tests.faults.test_slow_store_commands import Held, answered_in_time

GIVE_UP = 2.5
"""The give-up moment, brought forward from 10 s so the test waits past it quickly."""


@pytest.mark.timeout(40)
@pytest.mark.parametrize("export", ["page", "csv"])
async def test_a_report_read_on_a_slow_store_is_shown_after_the_give_up_moment(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    export: str,
):
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", GIVE_UP)
    question = await start_solo(discord_double, discord_double.student)
    await (await answer_solo(discord_double, services, question, discord_double.student)).told()
    held = Held(monkeypatch, services.class_reports, "for_briefing")
    options = {"briefing": "nk-troops-russia", "export": export}
    itx = await discord_double.slash("report", options, user=discord_double.moderator)
    await held.wait()
    first = await itx.response(timeout=10)
    assert first.type == CallbackType.DEFERRED_MESSAGE and first.ephemeral
    answered_in_time(discord_double, itx)
    await asyncio.sleep(GIVE_UP + 0.5)  # past the moment a handler would be given up
    held.release()
    shown = await itx.message(timeout=10)
    assert "try again" not in shown.text.lower(), shown.text
    if export == "csv":
        (data,) = shown.files.values()
        assert b"question_id" in data, "the CSV file"
    else:
        assert "Answered by 1" in shown.text, shown.text
