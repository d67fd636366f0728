"""Walkthrough 26: a student's solo quiz and a moderator's schedule across a stop of the real
bot process (kill -9, or SIGTERM), on its SQLite file, as they would live it: the old message's
buttons go on, /score counts every acknowledged answer, and a post due while the bot was down
goes out once after the restart."""

from __future__ import annotations

import datetime as dt
import re
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.discord.test_moderation import posts_in
from tests.discord.test_process import finish, start
from tests.discord_double import DiscordDouble
from tests.ops.processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, make_workdir

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)

QUICK_TICKS = {"SCHEDULE_TICK_SECONDS": "1"}
"""The restarted process's scheduler tick (30 s by default, the same code at any interval)."""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return make_workdir(tmp_path)


async def answer_shown(double: DiscordDouble, message: Any) -> bool:
    """The student answers the question `message` shows (its first option, or a typed name);
    True once the verdict is shown (the answer acknowledged)."""
    if "Answer" in [b.get("label") for b in message.buttons]:
        shown = await (await double.click(message, label="Answer")).response(timeout=10)
        answered = await double.submit_modal(shown.custom_id, {"answer": "Ada Quill"})
    else:
        answered = await double.click(message, message.buttons[0]["custom_id"])
    await answered.told(timeout=10)
    return "The answer is" in message.text


def downtime_passed_the_run(workdir: Path) -> None:
    """The bot stayed down past its schedule's time: the run falls a minute before now (a
    daily run, as if the clock had gone on while nothing ran), made ten minutes earlier."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    run = now - dt.timedelta(minutes=1)
    with sqlite3.connect(workdir / "bot.sqlite3") as db:
        (stored,) = db.execute("SELECT next_run_at FROM schedules").fetchone()
        as_stored = str(stored)[: len("YYYY-MM-DD HH:MM:SS")].replace("T", " ")
        shape = str(stored).replace(as_stored, "{}")  # keep the column's own text format
        sep = "T" if "T" in str(stored) else " "
        db.execute(
            "UPDATE schedules SET at = ?, next_run_at = ?, created_at = ?",
            (
                run.time().isoformat(),
                shape.format(run.strftime(f"%Y-%m-%d{sep}%H:%M:%S")),
                shape.format((now - dt.timedelta(minutes=10)).strftime(f"%Y-%m-%d{sep}%H:%M:%S")),
            ),
        )


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "SIGTERM"])
async def test_a_solo_quiz_and_a_due_post_across_a_stop_of_the_process(workdir, stop):
    async with DiscordDouble() as double:
        first = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).strftime("%H:%M")
            options = {
                "what": "briefing",
                "time": later,
                "briefing": "mini",
                "channel": double.news,
            }
            made = await (await double.slash("schedule", options, user=double.moderator)).message(
                timeout=10
            )
            assert made.text.startswith("Scheduled #"), made.text
            quiz = await (await double.slash("quiz", {"briefing": "mini", "count": 3})).message(
                timeout=10
            )
            acknowledged = [await answer_shown(double, quiz)]
            await (await double.click(quiz, label="Next question ▶")).told(timeout=10)
            assert "Question 2/3" in quiz.text
            acknowledged.append(await answer_shown(double, quiz))
        finally:
            first.send_signal(stop)
            code, output = await finish(first)
        assert acknowledged == [True, True]
        if stop == signal.SIGTERM:
            assert code == 0 and "Traceback" not in output
        assert any(b.get("label") == "Next question ▶" for b in quiz.buttons)
        await double.wait_for(lambda: not double.server.sessions, timeout=10)
        assert posts_in(double, double.news) == []
        downtime_passed_the_run(workdir)

        # the scheduler looks every second, not every 30 s: the post comes at its first tick
        # after the start, not half a minute later, and every later tick must not post it again
        second = await start(workdir, double.server.api_url, double.token, QUICK_TICKS)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            # a hang guard, not a speed check
            await double.wait_for(lambda: posts_in(double, double.news), timeout=STARTS_WITHIN)
            await (await double.click(quiz, label="Next question ▶")).told(timeout=10)
            assert "Question 3/3" in quiz.text, "the old message's buttons go on"
            assert await answer_shown(double, quiz)
            score = await (await double.slash("score")).message(timeout=10)
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
        assert re.search(r"Right answers: \d/3 \(", score.text), "all 3 answers counted"
        assert len(posts_in(double, double.news)) == 1, "the post due while down, once"
        assert code == 0 and "Traceback" not in output
