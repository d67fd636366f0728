"""Walkthrough 27: the real bot process killed (kill -9) while a moderator is half-way through
reviewing a draft made from a real article and a student is half-way through set work. After
the restart the old review page's buttons go on from what was checked, the student's old
question message goes on, and the class report counts every acknowledged answer."""

from __future__ import annotations

import datetime as dt
import signal
from pathlib import Path

import pytest

from tests.discord.test_process import finish, start
from tests.discord_double import DiscordDouble
from tests.ops.processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, make_workdir
from tests.ops.test_walkthrough_restart import answer_shown

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)

WATER = (
    Path(__file__).resolve().parents[1]
    / "authoring"
    / "labeled"
    / "real"
    / "fresh39"
    / "as09_freetimes_dobie_water_restrictions.md"
)
WAIT = 30.0
"""A hang guard for one reply (drafting on a loaded machine is slow), not a speed check."""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return make_workdir(tmp_path)


async def test_a_half_reviewed_draft_and_half_done_work_survive_a_kill_9(workdir):
    article = WATER.read_text(encoding="utf-8").split("---\n", 2)[2].encode()
    tomorrow = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).strftime("%Y-%m-%d")
    async with DiscordDouble() as double:
        mod = double.moderator
        first = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            drafted = await (
                await double.slash("briefing draft", {"article": ("water.txt", article)}, user=mod)
            ).message(timeout=WAIT)
            ((name, _),) = drafted.files.items()
            slug = name.removesuffix(".yaml")
            review = await (
                await double.slash("briefing show", {"briefing": slug}, user=mod)
            ).message(timeout=WAIT)
            await (await double.click(review, label="Mark checked", user=mod)).told(timeout=WAIT)
            assert "Question 2 of" in review.text, "the first question checked (acknowledged)"

            work = {"briefing": "mini", "due_date": tomorrow, "due_time": "23:59", "count": 3}
            announced = await (await double.slash("assign", work, user=mod)).message(timeout=WAIT)
            start_work = await double.click(
                announced, label="Start assignment #1", user=double.student
            )
            quiz = await start_work.message(timeout=WAIT)
            acknowledged = await answer_shown(double, quiz)
            box = await (await double.slash("briefing draft", user=mod)).response(timeout=WAIT)
        finally:
            first.send_signal(signal.SIGKILL)
            await finish(first)
        assert acknowledged, "the student saw the verdict of their first answer"
        await double.wait_for(lambda: not double.server.sessions, timeout=10)

        second = await start(workdir, double.server.api_url, double.token)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            await (await double.click(review, label="◀ Prev", user=mod)).told(timeout=WAIT)
            assert "Question 1 of" in review.text and "✅ checked" in review.text
            await (await double.click(review, label="Keep ▶", user=mod)).told(timeout=WAIT)
            assert "Question 2 of" in review.text and "⚠️ to review" in review.text
            pasted = {"title": "Water restrictions eased", "article": article.decode()}
            redrafted = await (await double.submit_modal(box.custom_id, pasted, user=mod)).message(
                timeout=WAIT
            )
            assert "Drafted `water-restrictions-eased" in redrafted.text, "a box opened before"

            await (await double.click(quiz, label="Next question ▶")).told(timeout=WAIT)
            assert "Question 2/3" in quiz.text, "the old question message goes on"
            for number in (2, 3):
                assert await answer_shown(double, quiz)
                go_on = "See my score" if number == 3 else "Next question ▶"
                await (await double.click(quiz, label=go_on)).told(timeout=WAIT)
            assert "You scored" in quiz.text and "/3" in quiz.text
            report = await (await double.slash("report", user=mod)).message(timeout=WAIT)
        finally:
            second.send_signal(signal.SIGTERM)
            code, output = await finish(second)
        student = double.student.global_name or double.student.username
        assert f"{student}: finished" in report.text, report.text
        assert report.text.count("Answered by 1") == 3, "every acknowledged answer counted"
        assert code == 0 and "Traceback" not in output
