"""The bot process under a low `ulimit -n` while a burst of clicks arrives. discord.py opened
one more connection for each reply sent while the others were busy, ran out of file
descriptors ("Too many open files"), and every reply past the limit was two tracebacks and a
"This interaction failed". With a pool that fits the limit, every click is answered in time,
every answer is kept, and the log holds no traceback."""

from __future__ import annotations

import asyncio
import resource
import signal
import sys
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import kept_sessions, ready_to_answer, send_answer, session_of
from tests.ops.processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, make_workdir

DESCRIPTORS = 26
"""The process's `ulimit -n`: about 12 are open once it is connected."""
CLICKS = 20


def low_ulimit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (DESCRIPTORS, hard))


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_burst_of_clicks_under_a_low_ulimit_is_answered_and_kept(tmp_path: Path):
    figures = tally(f"solo answer, burst of {CLICKS} under ulimit -n {DESCRIPTORS}")
    work = make_workdir(tmp_path)
    output = tmp_path / "output.log"
    with output.open("wb") as out:
        async with DiscordDouble() as double:
            env = bot_env(work, double.server.api_url, double.token)
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run",
                cwd=work, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out,
                preexec_fn=low_ulimit,
            )  # fmt: skip
            try:
                await double.wait_ready(timeout=STARTS_WITHIN)
                pupils = [await double.add_member(f"pupil{n}") for n in range(CLICKS)]
                ready = [(p, *await ready_to_answer(double, p)) for p in pupils]
                sessions = [session_of(question) for _p, question, _how in ready]
                burst = await asyncio.gather(*(send_answer(double, *r) for r in ready))
                await asyncio.gather(*(click.response() for click in burst))
            finally:
                process.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(process.wait(), 15)
    figures.tried += len(burst)
    kept = await kept_sessions(work, sessions)
    figures.survived += kept
    figures.lost += len(burst) - kept
    assert all(c.callback is not None and not c.rejected for c in burst), "each answered in 3 s"
    assert kept == CLICKS
    text = output.read_text(encoding="utf-8")
    assert "Traceback" not in text and "Too many open files" not in text, text[-3000:]
    assert code == 0
