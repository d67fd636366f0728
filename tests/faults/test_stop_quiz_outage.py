"""A moderator stops a channel quiz while the database is down: one warning line, no
traceback, a polite "try again" for the moderator, and the quiz is left as it was, so the
same Stop works once the database is back (was: a traceback in the log, and the quiz ended
in memory while the database kept it open, to come back at the next start)."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote


@pytest.mark.timeout(30)
async def test_stopping_a_channel_quiz_in_an_outage_is_one_line_and_the_retry_stops_it(
    discord_double: DiscordDouble,
    bot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    session = await start_channel_quiz(discord_double, services)
    question = await question_message(discord_double, session)
    pupil = (await players(discord_double, 1))[0]
    assert (
        "Answer registered"
        in (await (await vote(discord_double, session, question, pupil)).message()).text
    )

    async def unavailable(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    caplog.set_level(logging.WARNING)
    with monkeypatch.context() as outage:
        outage.setattr(services.store.sessions, "end_session", unavailable)
        stop = await discord_double.click(
            question, label="Stop quiz", user=discord_double.moderator
        )
        await stop.response(timeout=10)
        (told,) = await discord_double.wait_for(lambda: stop.followups or None, timeout=10)
    assert "try again" in told.text and told.ephemeral
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"
    assert session.session_id in services.study.group, "the quiz is left as it was"

    again = await discord_double.click(question, label="Stop quiz", user=discord_double.moderator)
    await again.response(timeout=10)
    await discord_double.wait_for_message(
        discord_double.news, lambda m: "Quiz stopped: final table" in m.text
    )
    assert session.session_id not in services.study.group
    rows = await services.store.sessions.active_sessions(services.clock.now(), kind="channel")
    assert session.session_id not in {r.session_id for r in rows}, "ended in the database too"
