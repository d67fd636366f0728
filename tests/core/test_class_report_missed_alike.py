"""A report's "Missed most" line never presents an arbitrary pick as the group's worst: when
more questions were missed exactly alike than the line names, they are named together."""

from __future__ import annotations

from bot.core.class_views import class_report_reply
from bot.core.classwork import ClassReport, QuestionFigures, StudentResult


def _head(*tallies: tuple[int, int]) -> str:
    questions = tuple(
        QuestionFigures("harbour", f"q{n}", f"Question {n}?", answered, correct, None, None)
        for n, (answered, correct) in enumerate(tallies, 1)
    )
    students = (StudentResult(1, "finished", 0, len(tallies)),)
    report = ClassReport(guild_id=1, title="Harbour", students=students, questions=questions)
    return class_report_reply(report, {1: "pupil"}).pages[0].body.split("\n\n")[0]


def test_when_every_question_was_missed_alike_the_report_says_so() -> None:
    head = _head((2, 0), (2, 0), (2, 0), (2, 0), (2, 0))
    assert "Every question was missed alike (0 of 2 right each)." in head
    assert "Missed most" not in head, "Q1-Q3 would be an arbitrary pick of five equal misses"


def test_a_tie_across_the_line_is_named_whole_after_the_clear_worst() -> None:
    head = _head((4, 0), (4, 3), (4, 2), (4, 2), (4, 2), (4, 4))
    assert "Missed most: Q1 (0 of 4 right)" in head
    assert "Missed alike: Q3, Q4, Q5 (2 of 4 right each)." in head
    assert "Q2" not in head and "Q6" not in head


def test_a_tie_within_the_line_stays_on_it() -> None:
    head = _head((4, 1), (4, 1), (4, 3), (4, 4))
    assert "Missed most: Q1 (1 of 4 right), Q2 (1 of 4 right), Q3 (3 of 4 right)" in head
    assert "alike" not in head


def test_nobody_answering_names_nothing() -> None:
    head = _head((0, 0), (0, 0))
    assert "Missed" not in head
