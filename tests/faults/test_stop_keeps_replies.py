"""SIGTERM while clicks are deferred and their commits still wait: the real bot process keeps
its link to Discord until each of them has its verdict or a private "try again".

Was (the tech lead, at load 10-12 beside `test_stop_signals.py`): the clicks were deferred
at 1.6 s, the stop's first 1.5 s (`runner._FINISH_ANSWERS`) ended before their handlers did,
and the HTTP session was closed under them: each verdict failed with "Session is closed", and
the "try again" notes, which wait for a deferral still on its way to Discord, were cut off
after 0.75 s. The student's click showed nothing at all, though the answer was kept. Here the
commits wait on another program's SQLite lock (released once the bot has closed its gateway,
or never), and Discord is slow to take the deferrals in the second test.
"""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import kept_sessions, ready_to_answer, send_answer, session_of
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

CLICKS = 3

SLOW_DEFERRAL = 1.25
"""Seconds Discord holds back its answer to each deferral in the second test (longer than the
0.75 s the stop gave its "try again" notes, which wait for the deferral)."""


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_commit_landing_after_the_gateway_closed_is_shown_as_its_verdict(tmp_path: Path):
    figures = tally("solo answer, SIGTERM with commits landing late")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        holder = sqlite3.connect(work / "bot.sqlite3", isolation_level=None)
        locked = signalled = False
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
            ready = [await ready_to_answer(double, p) for p in pupils]
            sessions = [session_of(question) for question, _ in ready]
            holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
            locked = True
            burst = [
                await send_answer(double, p, question, how)
                for p, (question, how) in zip(pupils, ready, strict=True)
            ]
            deferred = [await click.response(timeout=10) for click in burst]
            process.send_signal(signal.SIGTERM)
            signalled = True
            # The bot has stopped taking clicks (its gateway is closed); the commits now land.
            await double.state.wait_until(
                lambda: not double.server.sessions, 10, "the bot closed its gateway"
            )
            holder.rollback()
            locked = False
        finally:
            if not signalled:
                process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
            if locked:
                holder.rollback()
            holder.close()
    figures.tried += len(burst)
    assert all(d.type == CallbackType.DEFERRED_UPDATE for d in deferred), "slow commit: deferred"
    kept = await kept_sessions(work, sessions)
    shown = [question for question, _ in ready if "The answer is" in question.text]
    figures.survived += len(shown)
    assert kept == CLICKS, "every answer was committed"
    retry_notes = [f.text for click in burst for f in click.followups if "try again" in f.text]
    assert retry_notes == [], "no student is told to try again about an answer that was kept"
    assert len(shown) == CLICKS, "each kept answer is shown as its verdict before the exit"
    assert code == 0 and "Traceback" not in output, output[-3000:]


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_commit_that_never_lands_is_told_to_try_again_while_discord_is_slow(
    tmp_path: Path,
):
    figures = tally("solo answer, SIGTERM locked, Discord slow to defer")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        holder = sqlite3.connect(work / "bot.sqlite3", isolation_level=None)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
            ready = [await ready_to_answer(double, p) for p in pupils]
            holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
            double.slow_next("POST /interactions", seconds=SLOW_DEFERRAL, times=CLICKS)
            burst = [
                await send_answer(double, p, question, how)
                for p, (question, how) in zip(pupils, ready, strict=True)
            ]
        finally:
            process.send_signal(signal.SIGTERM)  # the deferrals are still to come
            code, output = await finish(process)
            holder.rollback()
            holder.close()
    figures.tried += len(burst)
    assert all(
        click.callback is not None and click.callback.type == CallbackType.DEFERRED_UPDATE
        for click in burst
    ), "slow commit: deferred"
    told = [f for click in burst for f in click.followups if "try again" in f.text]
    figures.survived += len(told)
    figures.lost += len(burst) - len(told)  # a click that showed nothing
    assert len(told) == CLICKS, "every deferred click is told to try again"
    assert all(f.ephemeral for f in told), "privately"
    assert code == 0 and "Traceback" not in output, output[-3000:]
