"""A class report's "Missed most" line names only questions that truly stand out: when every
question was missed alike it says so, and it never picks some of the questions tied for a place."""

from __future__ import annotations

from bot.core.class_views import class_report_reply
from bot.core.classwork import ClassReport, QuestionFigures, StudentResult


def _head(*figures: tuple[int, int]) -> str:
    questions = tuple(
        QuestionFigures("harbour", f"q{n}", f"Question {n}?", answered, correct, None, None)
        for n, (answered, correct) in enumerate(figures, 1)
    )
    students = (StudentResult(1, "finished", 1, 2), StudentResult(2, "finished", 1, 2))
    report = ClassReport(1, "Harbour", students, questions, number=3)
    return class_report_reply(report, {1: "ana", 2: "ben"}).pages[0].body.split("\n\n")[0]


def test_every_question_missed_alike_is_said_rather_than_an_arbitrary_pick():
    head = _head((2, 1), (2, 1), (2, 1), (2, 1))

    assert "Missed most" not in head
    assert "Every question was missed as often as the others: none stands out." in head


def test_questions_tied_past_the_limit_are_left_out_whole():
    head = _head((2, 0), (2, 1), (2, 1), (2, 1), (2, 2))

    assert "Missed most: Q1 (0 of 2 right)" in head
    assert "Q2" not in head and "Q3" not in head, "three tied for two places: none picked"
    assert "none stands out" not in head


def test_a_clear_ranking_is_still_named_and_nobody_answering_names_nothing():
    assert "Missed most: Q3 (0 of 2 right), Q1 (1 of 2 right)" in _head((2, 1), (2, 2), (2, 0))
    silent = _head((0, 0), (0, 0))
    assert "Missed most" not in silent and "none stands out" not in silent
