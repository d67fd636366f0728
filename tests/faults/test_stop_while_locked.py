"""SIGTERM while SQLite is locked by another program: the real bot process has deferred the
clicks whose commit waits on the lock; before it exits, each of them gets a polite follow-up
to try again (was: the student saw "thinking..." forever). Nothing was acknowledged, so
nothing is lost; the process still exits 0, without a traceback."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import ready_to_answer, send_answer
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

CLICKS = 3


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_sigterm_while_locked_answers_every_deferred_click_before_exit(tmp_path: Path):
    figures = tally("solo answer, SIGTERM while SQLite is locked")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        holder = sqlite3.connect(work / "bot.sqlite3", isolation_level=None)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
            ready = [await ready_to_answer(double, p) for p in pupils]
            holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
            burst = [
                await send_answer(double, p, question, how)
                for p, (question, how) in zip(pupils, ready, strict=True)
            ]
            deferred = [await click.response(timeout=10) for click in burst]
        finally:
            process.send_signal(signal.SIGTERM)
            # finish's 30 s are a hang guard: the bot exits at most 4.5 s after the signal
            code, output = await finish(process)
            holder.rollback()
            holder.close()
        await asyncio.sleep(0)
    figures.tried += len(burst)
    assert all(d.type == CallbackType.DEFERRED_UPDATE for d in deferred), "slow commit: deferred"
    told = [f for click in burst for f in click.followups if "try again" in f.text]
    figures.survived += len(told)
    figures.lost += len(burst) - len(told)  # left "thinking" for good
    assert len(told) == CLICKS, "every deferred click is told to try again"
    assert all(f.ephemeral for f in told), "privately"
    assert code == 0 and "Traceback" not in output, output[-3000:]
