"""What a French student or moderator reads from the core, under `use_language("fr")`:
a quiz from question to final score, /score, /review, errors and upload problems, in
French with French plural forms, dates and numbers; the same calls without it stay English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.console.render import PlainInline
from bot.core.clock import FakeClock
from bot.core.content.identity import meaning_of
from bot.core.dates import day_and_month
from bot.core.errors import NotFound
from bot.core.library import Library
from bot.core.loader import load_briefing_bytes
from bot.core.progress import Accuracy, ScoreSummary
from bot.core.progress_views import nothing_due_reply, score_reply
from bot.core.quiz import QuizSummary
from bot.core.replies import Reply, render_reply
from bot.core.schedule import describe, make_schedule
from bot.core.study import ComingBack, NothingDue, StudyService
from bot.core.testing import InMemorySessionStore
from bot.core.views import answer_reply, briefings_reply, question_reply, summary_reply
from bot.core.wording import number, questions
from bot.i18n import use_language

ROOT = Path(__file__).resolve().parents[2]
MINI = (ROOT / "tests/fixtures/mini_briefing.yaml").read_bytes()
NBSP = "\u00a0"


def _text(reply: Reply) -> str:
    """The reply's words as the console shows them (inline values as plain text)."""
    reply = render_reply(reply, PlainInline())
    return "\n".join(
        "\n".join([p.title, p.body, *(f"{f.name} {f.value}" for f in p.fields), p.footer])
        for p in reply.pages
    )


def _library(tmp_path: Path, *files: tuple[str, bytes]) -> Library:
    folder = tmp_path / "content"
    folder.mkdir()
    for name, raw in files:
        (folder / name).write_bytes(raw)
    library = Library(folder)
    library.reload()
    return library


async def _quiz_to_the_end(tmp_path: Path) -> dict[str, str]:
    """A student's whole quiz (one wrong answer, two right): each question and its verdict
    by question id, then the summary under "end"."""
    library = _library(tmp_path, ("mini.yaml", MINI))
    clock = FakeClock()
    service = StudyService(library, clock, InMemorySessionStore().repositories())
    started = await service.start_solo(42, "mini", count=3)
    session = started.session
    shown: dict[str, str] = {}
    answers = {"q-who": "Ben Ostrow", "q-town": "vrai"}
    for index in range(3):
        qq = session.current()
        answers.setdefault(qq.question.id, qq.right_key or "")
        asked = _text(question_reply(qq, index + 1, 3))
        result = await service.answer_solo(
            session.session_id, 42, answers[qq.question.id], question_index=index
        )
        shown[qq.question.id] = asked + "\n" + _text(answer_reply(result, started.briefing))
    shown["end"] = _text(summary_reply(session.summary(clock.now()), started.briefing))
    return shown


async def test_a_french_students_quiz_reads_in_french_from_question_to_score(tmp_path):
    with use_language("fr"):
        shown = await _quiz_to_the_end(tmp_path)
    who, town, days, final = shown["q-who"], shown["q-town"], shown["q-days"], shown["end"]

    assert "· moyenne" in who and "Tapez votre réponse." in who
    assert "❌ Pas tout à fait. La réponse est" in who and "Ada Quill" in who
    assert "Vous avez tapé « Ben Ostrow »." in who.replace(NBSP, " ")
    assert "The harbour master, Ada Quill, announced it." in who, "content stays as written"
    assert "· difficile" in town and f"Vrai ou faux{NBSP}?" in town
    assert f"✅ Juste{NBSP}! La réponse est" in town and "Vrai" in town
    assert "· facile" in days and f"✅ Juste{NBSP}!" in days
    assert f"Votre score{NBSP}: 2/3 (67{NBSP}%)" in final
    assert f"À revoir{NBSP}:" in final and "Quiz terminé" in final


async def test_the_same_quiz_without_a_language_stays_english(tmp_path):
    shown = await _quiz_to_the_end(tmp_path)
    who, town, final = shown["q-who"], shown["q-town"], shown["end"]

    assert "· medium" in who and "Type your answer." in who
    assert "❌ Not quite. The answer is" in who and "You typed “Ben Ostrow”." in who
    assert "True or false?" in town and "✅ Right! The answer is" in town
    assert "You scored 2/3 (67%)" in final and "To review:" in final


def test_a_quiz_stopped_early_uses_french_plural_forms(tmp_path):
    library = _library(tmp_path, ("mini.yaml", MINI))
    briefing = library.get("mini")
    with use_language("fr"):
        one = _text(summary_reply(QuizSummary(1, 1, 20, (), planned=1), briefing))
        stopped = _text(summary_reply(QuizSummary(1, 1, 20, (), planned=3), briefing))
    assert "Un sans-faute" in one
    assert "Vous vous êtes arrêté après 1 des 3 questions." in stopped
    with use_language("fr"):
        assert [questions(0), questions(1), questions(2)] == [
            "0 question",
            "1 question",
            "2 questions",
        ], "French counts 0 and 1 as singular"
    assert [questions(0), questions(1)] == ["0 questions", "1 question"]


def test_score_reads_in_french_with_plural_forms_and_french_numbers(tmp_path):
    library = _library(tmp_path, ("mini.yaml", MINI))
    summary = ScoreSummary(
        overall=Accuracy(3, 4), by_briefing={"mini": Accuracy(3, 4)}, streak_days=1, mastered=0
    )
    with use_language("fr"):
        shown = _text(score_reply(summary, library)).replace(NBSP, " ")
        big = number(12000)

    assert "Votre progression" in shown
    assert "Bonnes réponses : 3/4 (75 %)" in shown
    assert "Série : 1 jour" in shown and "Maîtrisées : 0 question" in shown
    assert "À réviser : 0" in shown and "Au total 3/4" in shown
    assert big == "12\u202f000" and number(12000) == "12,000"


def test_review_with_nothing_due_reads_in_french():
    coming = ComingBack(2, dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC))
    with use_language("fr"):
        later = _text(nothing_due_reply(NothingDue(coming)))
        never = _text(nothing_due_reply(NothingDue(None)))

    assert later.startswith("Révision")
    assert f"Rien à réviser pour l'instant{NBSP}: 2 questions reviennent" in later
    assert "Vous n'avez rien à réviser pour l'instant." in never


def test_an_error_a_student_meets_reads_in_french(tmp_path):
    library = _library(tmp_path, ("mini.yaml", MINI))
    with use_language("fr"), pytest.raises(NotFound) as refused:
        library.find("zzz-nothing-like-it")
    assert str(refused.value) == (
        f"Aucun dossier ne correspond à «{NBSP}zzz-nothing-like-it{NBSP}». "
        "Essayez /dossiers pour les voir tous."
    )
    with pytest.raises(NotFound, match="No briefing matches"):
        library.find("zzz-nothing-like-it")


def test_a_refused_upload_tells_the_moderator_in_french_where_and_what_to_fix():
    broken = MINI.replace(b"title: A small test briefing\n", b"").replace(
        b'choices: ["2", "3", "4", "7"]', b'choices: ["2", "4", "7"]'
    )
    with use_language("fr"):
        problems = load_briefing_bytes(broken, "mini.yaml").messages()
    english = load_briefing_bytes(broken, "mini.yaml").messages()

    assert f"mini.yaml:2:1: `title` est absent{NBSP}; ajoutez `title:` avec une valeur" in problems
    assert (
        "mini.yaml:56:5: la réponse ne figure pas parmi les choix (à `questions.0`)"
        f"{NBSP}; ajoutez-la ou corrigez l'orthographe"
    ) in problems
    assert any("`title` is missing; add `title:` with a value" in m for m in english)


def test_dates_and_schedules_read_in_french_and_accept_a_french_weekday():
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    with use_language("fr"):
        day = day_and_month(dt.date(2026, 11, 25))
        schedule = make_schedule(
            guild_id=1,
            channel_id=2,
            briefing_id="mini",
            what="briefing",
            repeat="weekly",
            time_text="08:30",
            timezone="Europe/Paris",
            now=now,
            weekday="lundi",
        )
        described = describe(schedule)
    assert day == "mercredi 25 novembre"
    assert schedule.weekday == 0
    assert described == "chaque lundi à 08:30 (Europe/Paris)"
    assert describe(schedule) == "every Monday at 08:30 (Europe/Paris)"
    assert day_and_month(dt.date(2026, 11, 5)) == "Thursday 05 November"


def test_a_briefing_declares_its_language_and_briefings_shows_it(tmp_path):
    french = MINI.replace(b"id: mini\n", b"id: mini-fr\nlanguage: fr\n", 1)
    library = _library(tmp_path, ("mini.yaml", MINI), ("mini-fr.yaml", french))

    listed = _text(briefings_reply(library))

    assert library.get("mini-fr").language == "fr" and library.get("mini").language == "en"
    assert "id: mini-fr · 3 questions · fr" in listed
    assert "id: mini · 3 questions\n" in listed + "\n", "English, the default, is not labelled"


def test_a_language_that_is_not_a_code_is_refused_with_a_fix():
    wrong = MINI.replace(b"id: mini\n", b"id: mini\nlanguage: French\n", 1)
    with use_language("fr"):
        problems = load_briefing_bytes(wrong, "mini.yaml").messages()
    assert any(
        "`French` n'est pas un code de langue à `language`" in m and "`fr`" in m for m in problems
    ), problems


def test_a_questions_identity_does_not_depend_on_the_readers_language(tmp_path):
    library = _library(tmp_path, ("mini.yaml", MINI))
    true_false = next(q for q in library.get("mini").questions if q.kind == "truefalse")
    english = meaning_of(true_false)
    with use_language("fr"):
        assert true_false.answer_text == "Vrai"
        assert meaning_of(true_false) == english
