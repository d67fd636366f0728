"""The bot as a real process: start-up errors, and a kill -9 in the middle of a quiz."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from bot.store import open_store
from tests.discord_double import DiscordDouble
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    dead_api_base,
    make_workdir,
    start_bot,
)
from tests.ops.processes import finish as finish_process

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return make_workdir(tmp_path)


async def start(
    workdir: Path, api_base: str, token: str, extra_env: dict[str, str] | None = None
) -> asyncio.subprocess.Process:
    """`python -m bot run` on that content and a SQLite file in `workdir` (or `extra_env`'s)."""
    return await start_bot(workdir, bot_env(workdir, api_base, token, **(extra_env or {})))


async def finish(process: asyncio.subprocess.Process) -> tuple[int, str]:
    """The exit code and everything printed (a start on a loaded machine may be slow)."""
    return await finish_process(process, STARTS_WITHIN)


async def test_a_rejected_token_is_one_clear_line_and_never_logged(workdir):
    async with DiscordDouble() as double:
        process = await start(workdir, double.server.api_url, "not-the-right-token")
        code, output = await finish(process)
    assert code == 2
    assert "Discord rejected the token" in output
    assert "Traceback" not in output
    assert "not-the-right-token" not in output


async def test_no_network_is_one_clear_line(workdir):
    process = await start(workdir, dead_api_base(), "some-token")
    code, output = await finish(process)
    assert code == 3
    assert "Cannot reach Discord" in output and "Traceback" not in output
    assert "some-token" not in output


async def test_kill_9_mid_quiz_loses_no_acknowledged_answer(workdir):
    async with DiscordDouble() as double:
        first = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            itx = await double.slash("quiz", {"briefing": "mini", "count": 3})
            message = (await itx.response(timeout=10)).message
            session_id = message.buttons[0]["custom_id"].split(":")[2]
            first_button = message.buttons[0]
            if first_button["label"] == "Answer":  # a short-answer question: type into the box
                shown = await (await double.click(message, label="Answer")).response(timeout=10)
                answered = await double.submit_modal(shown.custom_id, {"answer": "Ada Quill"})
            else:
                answered = await double.click(message, first_button["custom_id"])
            await answered.told(timeout=10)  # at once, or deferred then followed
            acknowledged = "The answer is" in message.text
        finally:
            first.send_signal(signal.SIGKILL)
            await first.wait()
        assert acknowledged
        await double.wait_for(lambda: not double.server.sessions, timeout=10)

        second = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            store = await open_store(f"sqlite+aiosqlite:///{workdir}/bot.sqlite3")
            try:
                answers = await store.answers.session_answers(session_id)
            finally:
                await store.close()
            assert len(answers) == 1, "the acknowledged answer survived kill -9"
            await (await double.click(message, label="Next question ▶")).response(timeout=10)
            assert "Question 2/3" in message.text, "the quiz resumes where it stopped"
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
        assert code == 0, "SIGTERM stops the bot cleanly"
        assert "Traceback" not in output
