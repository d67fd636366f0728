"""Discord unreachable at start (no network): one line and exit 3, the code systemd restarts on
(README, "Exit codes"); never a traceback, never the token."""

from __future__ import annotations

import pytest
from processes import PROCESS_TEST_TIMEOUT, bot_env, dead_api_base, finish, make_workdir, start_bot

from bot.ops.exitcodes import ExitCode

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)

TOKEN = "MTIz.unreachable.token"


async def test_discord_unreachable_at_start_is_one_line_and_exit_3(tmp_path):
    work = make_workdir(tmp_path)
    env = bot_env(work, dead_api_base(), TOKEN)
    code, output = await finish(await start_bot(work, env), timeout=120)
    assert code == ExitCode.DISCORD_UNREACHABLE == 3, output
    assert "Traceback" not in output and TOKEN not in output, output
    said = [line for line in output.splitlines() if "Cannot reach Discord" in line]
    assert len(said) == 1 and "check the network connection" in said[0], output
