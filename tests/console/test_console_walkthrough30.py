"""Walkthrough 30: a student in the console. The verdict on an answer names the article it
comes from; /forgetme in the middle of a quiz warns that a bare `yes` answers the question
and, once confirmed, leaves the student free to start another quiz; a French student asks
for a difficulty by the name each question shows it under."""

from __future__ import annotations

import io

import pytest

from bot.app import Services
from bot.console.console import Console
from bot.i18n import use_language
from tests.bot_fixtures import clock, content, services, settings

__all__ = ["clock", "content", "services", "settings"]


def console_of(services: Services) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(services.library, services.study, out, preferences=services.preferences), out


async def test_the_verdict_names_the_article_its_answer_comes_from(services: Services) -> None:
    console, out = console_of(services)
    await console.handle("/quiz 1 easy mini")
    assert console.session is not None
    asked = console.session.current()
    before = out.getvalue()

    await console.handle(asked.question.answer_text if asked.question.kind == "short" else "A")

    verdict = " ".join(out.getvalue()[len(before) :].split("Quiz finished")[0].split())
    assert " ".join(asked.question.explanation.split()) in verdict
    assert "Source: Harbour reopens after storm · 2026-01-05" in verdict, verdict


async def test_forgetme_during_a_quiz_ends_it_so_the_next_quiz_starts(services: Services) -> None:
    """It once left the deleted quiz open: answers said "This quiz has ended" and /quiz
    said "You are in a quiz", until /quit."""
    console, out = console_of(services)
    await console.handle("/quiz 3 mini")
    await console.handle("/forgetme yes")
    forgotten = " ".join(out.getvalue().split("Forgotten")[1].split())  # however wide it wraps
    assert "This quiz has ended: start a new one with /quiz." in forgotten

    await console.handle("/quiz 2 mini")

    started = out.getvalue().split("Forgotten")[1]
    assert "You are in a quiz" not in started and "Question 1/2" in started, started
    await console.handle("/score")
    assert "No answers yet" in out.getvalue().rsplit("Question 1/2", 1)[1]


@pytest.mark.parametrize(
    ("typed", "level", "shown"),
    [("facile", "easy", "facile"), ("DIFFICILE", "hard", "difficile")],
)
async def test_a_french_student_asks_for_a_difficulty_in_french(
    services: Services, typed: str, level: str, shown: str
) -> None:
    """`/quiz 2 facile` once read “facile” as words of the briefing's name and asked
    questions of every difficulty."""
    console, out = console_of(services)
    with use_language("fr"):
        await console.handle(f"/quiz 2 {typed} nk-troops-russia")

    assert f"Question 1/2 · {shown}" in out.getvalue(), out.getvalue()
    assert console.session is not None
    assert {qq.question.difficulty for qq in console.session.questions} == {level}


async def test_forgetme_during_a_quiz_says_a_bare_yes_would_answer_the_question(
    services: Services,
) -> None:
    """A student who typed `yes` after the question "Delete everything about you?" had it
    judged as their answer (on a true/false question, as True)."""
    console, out = console_of(services)
    await console.handle("/forgetme")
    assert "still answers" not in out.getvalue(), "outside a quiz there is nothing to answer"
    await console.handle("/quiz 2 mini")
    await console.handle("/forgetme")

    asked = " ".join(out.getvalue().rsplit("Delete everything about you?", 1)[1].split())
    assert "Type /forgetme yes to confirm." in asked
    assert "A line without the / still answers question 1." in asked, asked
