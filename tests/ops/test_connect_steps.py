"""README, "Connect to Discord": with a token, one line says the bot is ready and SIGTERM stops
it with exit 0 (step 4); `DEV_GUILD_ID` syncs the commands to that one server (step 2)."""

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


async def test_dev_guild_id_syncs_the_commands_to_that_server_only(tmp_path):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        guild = double.guild.id
        env = bot_env(work, double.server.api_url, double.token, DEV_GUILD_ID=str(guild))
        process = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            await _printed(process, f"to guild {guild}")
            reply = await (await double.slash("help", {})).response(timeout=10)
        finally:
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert code == 0, output
    names = {command["name"] for command in double.state.guild_commands[guild]}
    assert {"quiz", "review", "help", "briefing"} <= names
    assert double.state.global_commands == []
    assert "/quiz" in reply.message.text


async def test_a_broken_briefing_file_is_logged_at_start(tmp_path):
    """A briefing file that does not load at start was said nowhere on Discord (the console
    printed it; the bot's log had only "ready as"): whoever runs the bot learnt of it when
    a moderator ran /reload or a student missed the briefing. It is one warning line per
    problem at start, naming the file, line and fix."""
    work = make_workdir(tmp_path)
    (work / "content" / "broken.yaml").write_text("schema: 1\nid: broken\ntitle: [oops\n")
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            await _printed(process, " ready as ")
        finally:
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert code == 0, output
    (warned,) = [line for line in output.splitlines() if "content: " in line]
    assert "WARNING" in warned and "broken.yaml:3:" in warned, warned
