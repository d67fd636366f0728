"""Shares as a student counts them by hand: a half rounds up, the same on every reply
(was: Python's round, so 5 of 8 read 62% and 3 of 8 read 38%)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.class_views import class_report_reply
from bot.core.classwork import ClassReport, QuestionFigures
from bot.core.loader import load_briefing_bytes
from bot.core.progress import Accuracy, ScoreSummary
from bot.core.progress_views import score_reply
from bot.core.quiz import QuizSummary
from bot.core.views import summary_reply

MINI = (Path(__file__).parents[1] / "fixtures" / "mini_briefing.yaml").read_bytes()


@pytest.mark.parametrize(("right", "total", "shown"), [(5, 8, 63), (3, 8, 38), (1, 8, 13)])
def test_a_half_rounds_up_at_a_quizs_end_in_score_and_in_the_class_report(
    right: int, total: int, shown: int
) -> None:
    briefing = load_briefing_bytes(MINI, "mini.yaml").briefing
    assert briefing is not None
    end = summary_reply(QuizSummary(right, total, 20, ()), briefing).pages[0].body
    assert f"You scored {right}/{total} ({shown}%)" in end

    summary = ScoreSummary(overall=Accuracy(right, total), streak_days=1)
    score = score_reply(summary, [briefing]).pages[0].body
    assert f"Right answers: {right}/{total} ({shown}%)" in score

    figures = QuestionFigures("mini", "q-days", "How long?", total, right, None, None)
    report = class_report_reply(ClassReport(1, "mini", (), (figures,)), {})
    fields = [f.value for page in report.pages for f in page.fields]
    assert any(f"Answered by {total}; {shown}% right" in value for value in fields)
