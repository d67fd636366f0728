"""`kill -9` in the middle of a click: the answer is committed, but Discord failed the reply
(5xx) and the process dies before the student sees anything. After the restart the student's
retry of the same click shows the kept verdict, the answer is counted once, and the quiz goes
on from the old message's buttons."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
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


def answers_in(database: Path, session_id: str) -> int:
    with sqlite3.connect(database) as db:
        return int(
            db.execute(
                "SELECT count(*) FROM answers WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
        )


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_click_killed_before_its_reply_is_kept_once_and_the_retry_shows_it(
    tmp_path: Path,
):
    figures = tally("solo answer, kill -9 after the commit, before the reply")
    work = make_workdir(tmp_path)
    database = work / "bot.sqlite3"
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token)
        first = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            question, how = await ready_to_answer(double, double.student)
            session_id = session_of(question)
            outage = double.fail_next("/callback", times=100, status=500)
            await send_answer(double, double.student, question, how)
            await double.wait_for(lambda: answers_in(database, session_id) or None, timeout=10)
        finally:
            first.send_signal(signal.SIGKILL)
            await finish(first)
        assert "The answer is" not in question.text, "the student saw nothing"
        double.state.faults.remove(outage)
        await double.wait_for(lambda: not double.server.sessions, timeout=10)

        second = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            await (await retry_kept_answer(double, double.student, question, how)).told(10)
            assert "The answer is" in question.text, "the retry shows the kept verdict"
            await (await double.click(question, label="Next question ▶")).response()
            assert "Question 2/3" in question.text, "the old message's buttons still work"
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
    kept = answers_in(database, session_id)
    figures.tried += 1
    figures.survived += kept >= 1
    assert kept == 1, "kept once, not answered twice"
    assert code == 0 and "Traceback" not in output, output[-3000:]
