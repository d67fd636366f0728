"""`make run` with a token: one line says the bot is ready, and SIGTERM stops it with exit 0
(README, "Connect to Discord", step 4)."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest
from processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


async def _printed(process: asyncio.subprocess.Process, text: str) -> None:
    """Wait until the process has printed `text` (its output goes to a file)."""
    output = Path(process.output_path)  # type: ignore[attr-defined]
    async with asyncio.timeout(STARTS_WITHIN):
        while text not in output.read_text(encoding="utf-8", errors="replace"):
            await asyncio.sleep(0.1)


async def test_the_bot_logs_one_line_when_ready_and_never_its_token(tmp_path):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            reply = await (await double.slash("help", {})).response(timeout=10)
            assert "/quiz" in reply.message.text
            await _printed(process, " ready as ")
        finally:
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert code == 0, output
    ready = [line for line in output.splitlines() if " ready as " in line]
    assert len(ready) == 1 and "1 server(s)" in ready[0], output
    assert double.token not in output and "Traceback" not in output
