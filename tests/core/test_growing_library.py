"""A library that grows: Red-DiscordBot trivia lists, courses, keyword filters."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from bot.core import views
from bot.core.library import FileStatus, Library
from bot.core.quiz import SoloSession, judge
from bot.core.trivia import load_trivia_bytes

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROOT = FIXTURES.parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(FIXTURES / "mini_briefing.yaml", tmp_path / "mini.yaml")
    shutil.copy(ROOT / "content" / "nk-troops-russia.yaml", tmp_path)
    (tmp_path / "trivia").mkdir()
    shutil.copy(FIXTURES / "trivia" / "harbour_trivia.yaml", tmp_path / "trivia")
    (tmp_path / "courses").mkdir()
    return tmp_path


def test_a_red_trivia_list_loads_as_a_quiz(folder: Path):
    library = Library(folder)
    reports = {Path(r.path).name: r for r in library.reload()}
    assert reports["harbour_trivia.yaml"].status is FileStatus.LOADED
    trivia = library.get("trivia-harbour-trivia")
    assert trivia.title == "Harbour trivia" and "trivia" in trivia.tags
    session = SoloSession.start("t", 1, trivia, count=2, seed=3, now=_now())
    for qq in session.questions:
        assert judge(trivia, qq, qq.question.accept[0])[0], "other spellings are accepted"
        assert judge(trivia, qq, qq.question.answer_text)[0]
    days = next(q for q in trivia.questions if q.prompt.startswith("How many days"))
    assert days.answer_text == "3" and days.accept == ["three"]
    assert days.explanation == "Accepted answers: 3, three."


def test_a_broken_trivia_list_names_the_line(folder: Path):
    (folder / "trivia" / "bad.yaml").write_text(
        "AUTHOR: x\nGood question?: [yes please]\nNo answer?: []\n"
    )
    library = Library(folder)
    report = next(r for r in library.reload() if r.path.endswith("bad.yaml"))
    assert report.status is FileStatus.FAILED
    assert ":3:" in report.problems[0] and "has no answer" in report.problems[0]


def test_trivia_answers_that_yaml_reads_as_numbers_become_text():
    result = load_trivia_bytes(b"Year of the invasion?:\n- 2022\n", "t.yaml")
    assert result.ok and result.briefing is not None
    assert result.briefing.questions[0].answer_text == "2022"


def test_courses_list_briefings_in_order_and_unknown_ids_are_reported(folder: Path):
    (folder / "courses" / "term.yaml").write_text(
        "id: term\ntitle: Autumn term\nbriefings: [nk-troops-russia, mini]\n"
    )
    (folder / "courses" / "bad.yaml").write_text(
        "id: bad\ntitle: Bad\nbriefings:\n  - mini\n  - nope\n"
    )
    library = Library(folder)
    reports = {Path(r.path).name: r for r in library.reload()}
    assert reports["term.yaml"].status is FileStatus.LOADED
    assert reports["bad.yaml"].status is FileStatus.FAILED
    assert ":5:" in reports["bad.yaml"].problems[0] and "`nope`" in reports["bad.yaml"].problems[0]
    text = views.courses_reply(library).pages[0].body
    assert text.index("1. North Korean troops") < text.index("2. A small test briefing")


def test_the_shipped_course_loads(tmp_path: Path):
    library = Library(ROOT / "content")
    reports = library.reload()
    assert all(r.status is FileStatus.LOADED for r in reports), [r.problems for r in reports]
    assert list(library.courses) == ["current-events"]


def test_briefings_show_tags_and_dates_and_filter_by_keyword(folder: Path):
    library = Library(folder)
    library.reload()
    everything = views.briefings_reply(library).pages[0].body
    assert "(2026-01-05)" in everything and "[test]" in everything
    harbour = views.briefings_reply(library, "harbour").pages[0].body
    assert "A small test briefing" in harbour and "North Korean" not in harbour
    korea = views.briefings_reply(library, "north korea").pages[0].body
    assert "North Korean troops" in korea and "A small test briefing" not in korea


def test_hundreds_of_briefings_load_and_each_is_found(tmp_path: Path):
    text = (FIXTURES / "mini_briefing.yaml").read_text()
    rng = random.Random(1)
    for n in range(500):
        (tmp_path / f"b{n:03}.yaml").write_text(
            text.replace("id: mini", f"id: brief-{n}").replace(
                "A small test briefing", f"Briefing number {n} {rng.random():.6f}"
            )
        )
    library = Library(tmp_path)
    assert {r.status for r in library.reload()} == {FileStatus.LOADED}
    assert len(library) == 500
    assert library.find("brief-417").id == "brief-417"


def _now():
    from bot.core.clock import FakeClock

    return FakeClock().now()
