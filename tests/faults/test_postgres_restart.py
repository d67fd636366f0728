"""PostgreSQL stopped and started again under the running bot process: while it is down a
click gets a polite "try again" within Discord's 3 s (nothing acknowledged), and once it is
back the bot's connections recover by themselves: the same click is then acknowledged and
kept, and every answer acknowledged before the outage is still there."""

from __future__ import annotations

import signal
from pathlib import Path

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
from tests.store.pg import PostgresServer


async def answers_of(url: str, session_ids: list[str]) -> int:
    store = await open_store(url)
    try:
        return sum([len(await store.answers.session_answers(s)) for s in session_ids])
    finally:
        await store.close()


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_the_bot_recovers_by_itself_when_postgresql_comes_back(
    tmp_path: Path, postgres: PostgresServer
):
    figures = tally("solo answer, PostgreSQL stopped and started again")
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token, DATABASE_URL=postgres.url)
        process = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            before = await double.add_member("before")
            during = await double.add_member("during")
            first, first_how = await ready_to_answer(double, before)
            sessions = [session_of(first)]
            await (await send_answer(double, before, first, first_how)).told(timeout=10)
            assert "The answer is" in first.text
            question, how = await ready_to_answer(double, during)
            sessions.append(session_of(question))

            postgres.halt()
            refused = await (await send_answer(double, during, question, how)).told(timeout=10)
            assert "try again" in refused.text and "The answer is" not in question.text

            postgres.resume()
            if how[0] == "modal":  # the box closed with the refusal: open it again
                await (await double.click(question, label="Answer", user=during)).response()
            await (await send_answer(double, during, question, how)).told(timeout=10)
            assert "The answer is" in question.text, "acknowledged once PostgreSQL is back"
            assert double.late_interactions() == []
        finally:
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    kept = await answers_of(postgres.url, sessions)
    figures.tried += 2
    figures.survived += kept
    figures.lost += 2 - kept
    assert kept == 2, "both acknowledged answers are in PostgreSQL"
    assert code == 0 and "Traceback" not in output, output[-3000:]
