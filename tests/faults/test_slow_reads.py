"""A disk slow to read under the real bot process: each read of its SQLite files takes a
second (a throttled or failing volume once the OS no longer caches the file's pages;
`benchmarks/slow_disk.py` preloads a shim that delays SQLite's `pread`; the bot's code is the
same). Every interaction reads its user's preferences first: two students acting at once
are each answered within Discord's 3 s (deferred while the disk is slow); each answer is
kept once, and its verdict follows, or, when its commit took past the bot's 10 s, the
student is asked to try again and the retry shows the kept verdict. Was: the preferences
read ran on the event loop, so the disk held every interaction of the process; Discord
refused both first responses ("This interaction failed")."""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path

import pytest

from benchmarks.slow_disk import SlowDisk
from tests.discord_double import DiscordDouble
from tests.faults.test_kill_mid_click import answers_in
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

WINDOW_S = 3.0
"""Discord's window for an interaction's first response."""
READ_S = 1.0
"""How long each read of the database's files takes while the disk is slow."""


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_disk_slow_to_read_holds_no_student_past_discords_window(tmp_path: Path):
    disk = SlowDisk(tmp_path, "bot.sqlite3", reads=True)
    assert disk.usable, "the machine's C compiler (cc) builds the shim"
    work = make_workdir(tmp_path / "work")
    async with DiscordDouble() as double:
        env = {**bot_env(work, double.server.api_url, double.token), **disk.env()}
        process = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [double.student, await double.add_member("pupil1")]
            ready = [await ready_to_answer(double, pupil) for pupil in pupils]
            sessions = [session_of(question) for question, _ in ready]
            # Another student's answer committed just before: as in any busy class, the
            # clicks' reads follow a commit, so their pages are read from the disk again.
            other = await double.add_member("pupil2")
            question, how = await ready_to_answer(double, other)
            await (await send_answer(double, other, question, how)).told(10)
            disk.set_reads(READ_S)
            clicks = [
                await send_answer(double, pupil, question, how)
                for pupil, (question, how) in zip(pupils, ready, strict=True)
            ]
            for click in clicks:
                await double.wait_for(lambda c=click: c.callback or c.rejected, timeout=30)
            waited = [(click.callback or click.rejected[0]).elapsed for click in clicks]
            refused = [len(click.rejected) for click in clicks]
            for click in clicks:
                if click.callback is not None:
                    await click.told(60)  # the verdict, or (held 10 s) "try again"
            disk.set_reads(0.0)
            for pupil, (question, how) in zip(pupils, ready, strict=True):
                if "The answer is" not in question.text:  # given up on the disk: asked to retry
                    await (await retry_kept_answer(double, pupil, question, how)).told(10)
            verdicts = ["The answer is" in question.text for question, _ in ready]
            kept = [answers_in(work / "bot.sqlite3", session) for session in sessions]
        finally:
            disk.set_reads(0.0)
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert refused == [0, 0] and max(waited) < WINDOW_S, f"first responses after {waited}"
    assert verdicts == [True, True], "each verdict follows"
    assert kept == [1, 1], "each answer kept once"
    assert code == 0 and "Traceback" not in output, output[-3000:]
