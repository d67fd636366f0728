"""The gateway closing mid-quiz (close codes 1000, 1001, 4000, 4008, 4009, and the TCP connection
dropped without a close frame): the real bot process reconnects or resumes, and a student's
next click is answered within Discord's 3 s and kept. When Discord forgets the session (4009,
then op 9 on RESUME), the bot identifies again at the gateway DISCORD_API_BASE names (was:
Discord's public gateway, unreachable here, so the bot never came back)."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from bot.store import open_store
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import ready_to_answer, send_answer, session_of
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

CLOSES: list[tuple[int | None, bool]] = [
    (1000, True),
    (1001, True),
    (4000, True),
    (4008, True),  # Discord's gateway rate limit (a burst of sends past 120 a minute)
    (4009, True),
    (None, True),
    (4009, False),
]
"""Each close code (None: the TCP connection dropped), and whether the session can resume."""


def named(code: int | None, resumable: bool) -> str:
    shown = str(code) if code is not None else "TCP dropped"
    return shown if resumable else f"{shown}, session lost"


async def reconnected(double: DiscordDouble, before: list[Any]) -> None:
    """Wait until the bot is connected again, on a new connection, and has caught up."""
    await double.wait_for(
        lambda: (double.server.sessions and not set(before) & set(double.server.sessions)) or None,
        timeout=20,
    )
    await double.sync(10)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_every_gateway_close_is_survived_and_the_next_click_is_answered(tmp_path: Path):
    work = make_workdir(tmp_path)
    kept: dict[str, int] = {}
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            for code, resumable in CLOSES:
                pupil = await double.add_member(f"pupil{len(kept)}")
                question, how = await ready_to_answer(double, pupil)
                session_id = session_of(question)
                before = list(double.server.sessions)
                await double.close_gateway(code, resumable=resumable)
                await reconnected(double, before)
                await (await send_answer(double, pupil, question, how)).told(timeout=10)
                store = await open_store(f"sqlite+aiosqlite:///{work}/bot.sqlite3")
                try:
                    answers = await store.answers.session_answers(session_id)
                finally:
                    await store.close()
                shown = "The answer is" in question.text
                kept[named(code, resumable)] = len(answers) if shown else -1
        finally:
            process.send_signal(signal.SIGTERM)
            exit_code, output = await finish(process)
    for fault, count in kept.items():
        figures = tally(f"solo answer after the gateway closed ({fault})")
        figures.tried += 1
        figures.survived += count == 1
        figures.lost += count == 0
    assert kept == {named(*close): 1 for close in CLOSES}, "each answer acknowledged and kept"
    assert double.late_interactions() == []
    assert exit_code == 0 and "Traceback" not in output, output[-3000:]


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_gateway_that_refuses_the_reconnect_is_one_warning_line_and_then_served(
    tmp_path: Path,
):
    """The gateway drops the bot and refuses its first attempt to come back (discord.py logs
    that with a traceback, then backs off): the operator reads one warning line naming the
    fault, and the student's next click is answered and kept."""
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupil = await double.add_member("pupil")
            question, how = await ready_to_answer(double, pupil)
            before = list(double.server.sessions)
            # twice: aiohttp itself retries a GET once on a kept-alive connection that drops
            refused = double.refuse_gateway_next(times=2)
            await double.close_gateway(None)
            await reconnected(double, before)
            await (await send_answer(double, pupil, question, how)).told(timeout=10)
        finally:
            process.send_signal(signal.SIGTERM)
            exit_code, output = await finish(process)
    assert len(refused.hits) == 2, "the first reconnect was refused"
    assert "The answer is" in question.text, "the click after the reconnect was answered"
    assert exit_code == 0 and "Traceback" not in output, output[-3000:]
    reconnect_lines = [line for line in output.splitlines() if "Attempting a reconnect" in line]
    assert len(reconnect_lines) == 1 and "WARNING" in reconnect_lines[0], output[-3000:]
    assert "the link to Discord failed" in reconnect_lines[0], reconnect_lines
