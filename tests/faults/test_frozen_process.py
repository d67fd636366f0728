"""The bot process frozen (SIGSTOP, then SIGCONT some seconds later: a laptop lid, a stuck
VM, a debugger) in the middle of a burst of clicks. The clicks that reached it while frozen
are past Discord's 3 s when it wakes: each is committed once and is one "expired" warning
line, no traceback, no second reply; the gateway session goes on (no new IDENTIFY) and each
student's retry shows the kept verdict."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import (
    ready_to_answer,
    retry_kept_answer,
    send_answer,
    session_of,
)
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

FROZEN_S = 3.5
CLICKS = 2


def answers_in(database: Path, session_id: str) -> int:
    with sqlite3.connect(database) as db:
        query = "SELECT count(*) FROM answers WHERE session_id = ?"
        return int(db.execute(query, (session_id,)).fetchone()[0])


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_clicks_sent_to_a_frozen_process_expire_once_each_and_the_retry_works(
    tmp_path: Path,
):
    figures = tally("solo answer sent while the process was frozen (SIGSTOP)")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
            ready = [await ready_to_answer(double, pupil) for pupil in pupils]
            sessions = [session_of(question) for question, _ in ready]
            process.send_signal(signal.SIGSTOP)
            for pupil, (question, how) in zip(pupils, ready, strict=True):
                await send_answer(double, pupil, question, how)
            await asyncio.sleep(FROZEN_S)
            process.send_signal(signal.SIGCONT)
            await double.wait_for(lambda: len(double.late_interactions()) >= CLICKS or None)
            # A late first response (the watch's deferral) can reach Discord before the
            # answer's commit: what was kept is read once every answer has landed.
            await double.wait_for(
                lambda: all(answers_in(work / "bot.sqlite3", s) for s in sessions) or None
            )
            kept = [answers_in(work / "bot.sqlite3", session) for session in sessions]
            for pupil, (question, how) in zip(pupils, ready, strict=True):
                retry = await (await retry_kept_answer(double, pupil, question, how)).told(10)
                assert "The answer is" in retry.text or "The answer is" in question.text
            assert len(double.state.identifies) == 1, "the same gateway session goes on"
        finally:
            process.send_signal(signal.SIGCONT)
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    figures.tried += CLICKS
    figures.survived += sum(kept)
    assert kept == [1] * CLICKS, "each click sent while frozen was committed once"
    assert [answers_in(work / "bot.sqlite3", s) for s in sessions] == kept, "not twice"

    assert output.count("no longer took the reply") == CLICKS, output[-3000:]
    assert code == 0 and "Traceback" not in output, output[-3000:]
