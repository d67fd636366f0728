"""The real bot process with PostgreSQL frozen or Discord gone: it replies, then stops promptly."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator

import pytest
from processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

from tests.discord_double import DiscordDouble
from tests.discord_double.state import InteractionRecord, Message
from tests.store.pg import PostgresServer

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)

STOP_WITHIN = 5.0


@pytest.fixture
def postgres() -> Iterator[PostgresServer]:
    with PostgresServer.running() as server:
        yield server


async def _answer_first_question(double: DiscordDouble, question: Message) -> InteractionRecord:
    first = question.buttons[0]
    if first["label"] == "Answer":  # a short-answer question: the box opens without the database
        shown = await (await double.click(question, label="Answer")).response()
        return await double.submit_modal(shown.custom_id, {"answer": "Ada Quill"})
    return await double.click(question, first["custom_id"])


async def _stop_and_time(process: asyncio.subprocess.Process) -> tuple[float, int, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    code, output = await finish(process, timeout=15)
    return time.monotonic() - started, code, output


async def test_frozen_postgresql_gets_replies_within_discords_window_and_sigterm_stops(
    tmp_path, postgres
):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token, DATABASE_URL=postgres.url)
        process = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            await (await double.slash("score")).response(timeout=10)
            quiz = await double.slash("quiz", {"briefing": "mini", "count": 3})
            question = (await quiz.response(timeout=10)).message
            postgres.signal_all(signal.SIGSTOP)
            score = await double.slash("score")
            reply = await score.told(timeout=10)  # Discord's 3 s: the double refuses later
            assert reply.ephemeral and "database is not answering" in reply.text
            answer = await _answer_first_question(double, question)
            answered = await answer.told(timeout=10)  # at once, or deferred then followed
            assert "try again" in answered.text, "the student is told the answer was not kept"
            assert "The answer is" not in question.text, "nothing acknowledged while frozen"
            assert not double.late_interactions()
        finally:
            took, code, output = await _stop_and_time(process)
    assert took < STOP_WITHIN, f"SIGTERM took {took:.1f} s with PostgreSQL frozen"
    assert code == 0 and "Traceback" not in output, output


async def test_sigterm_stops_within_five_seconds_while_discord_is_gone(tmp_path):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        await double.wait_ready(timeout=STARTS_WITHIN)
    await asyncio.sleep(1)  # the double is gone: the bot is now in its reconnect backoff
    took, code, output = await _stop_and_time(process)
    assert took < STOP_WITHIN, f"SIGTERM took {took:.1f} s with Discord unreachable"
    assert code == 0 and "SIGTERM: stopping" in output
    assert "voice will NOT be supported" not in output, "no warning about voice for a text bot"
