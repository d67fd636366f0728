"""`MEMBERS_INTENT=true` with Server Members Intent still off in the Developer Portal: Discord
refuses the gateway (4014), and the operator reads which switch to turn on (README, "Who never
started"; exit 2 in "Exit codes")."""

from __future__ import annotations

import signal

import pytest
from processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

from bot.ops.exitcodes import ExitCode
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


async def test_members_intent_refused_names_the_switch_to_turn_on_and_exits_2(tmp_path):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        double.server.privileged_intents = 0  # no privileged intent turned on in the portal
        env = bot_env(work, double.server.api_url, double.token, MEMBERS_INTENT="true")
        code, output = await finish(await start_bot(work, env), timeout=120)
    assert code == ExitCode.CONFIGURATION, output
    assert "Traceback" not in output, output
    refused = [line for line in output.splitlines() if "privileged intent" in line]
    assert len(refused) == 1, output
    assert "Server Members Intent (MEMBERS_INTENT=true)" in refused[0]
    assert "Message Content" not in refused[0], "was: the Message Content intent, never asked for"


async def test_with_every_privileged_intent_off_the_bot_serves_its_commands(tmp_path):
    """README, "Connect to Discord": no privileged intent is needed."""
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        double.server.privileged_intents = 0
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            quiz = await double.slash("quiz", {"briefing": "mini", "count": 1})
            question = (await quiz.response(timeout=10)).message
        finally:
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert code == ExitCode.OK, output
    assert question.buttons, "a quiz question with its buttons"
    assert "privileged intent" not in output
