"""The bundled briefing shows its corrections where students meet the claims, and its quiz
never rewards a wrong attribution.

The article gives the “fair game” warning and the 3,000 figure to Defense Secretary Austin;
the White House briefing of 23 October 2024 shows both were John Kirby's. These tests read the
replies students get (as the console prints them), not the YAML.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.console.render import render
from bot.core.loader import load_briefing
from bot.core.matching import is_correct
from bot.core.models import Briefing, Citation, Question
from bot.core.posts import briefing_post
from bot.core.views import (
    brief_reply,
    figures_reply,
    glossary_reply,
    quotes_reply,
    timeline_reply,
)

ROOT = Path(__file__).resolve().parents[2]
BRIEFING_PATH = ROOT / "content" / "nk-troops-russia.yaml"
CORRECTION = "Both came from John Kirby"  # the opening of the correction note's second sentence
BRIEFING_DAY = "23 October 2024"
AUSTIN = re.compile(r"\bAustin\b")
REFRAMED = ("q-fair-game-speaker", "q-fair-game-words", "q-who-confirmed")
BRITISH = ("programme", "travelled", "characterise", "neighbour", "defence secretary")


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = load_briefing(BRIEFING_PATH)
    assert result.ok, result.messages()
    assert result.briefing is not None
    return result.briefing


def _question(b: Briefing, question_id: str) -> Question:
    return next(q for q in b.questions if q.id == question_id)


@pytest.mark.parametrize(
    "command",
    [
        "brief",
        "brief long",
        "section deployment",
        "section international-response",
        "quote kirby",
        "quote austin",
        "figures",
        "timeline",
    ],
)
def test_the_correction_is_shown_wherever_the_attribution_appears(
    briefing: Briefing, command: str
) -> None:
    replies = {
        "brief": lambda: brief_reply(briefing),
        "brief long": lambda: brief_reply(briefing, long=True),
        "section deployment": lambda: brief_reply(briefing, "deployment"),
        "section international-response": lambda: brief_reply(briefing, "international-response"),
        "quote kirby": lambda: quotes_reply(briefing, "kirby"),
        "quote austin": lambda: quotes_reply(briefing, "Austin"),
        "figures": lambda: figures_reply(briefing),
        "timeline": lambda: timeline_reply(briefing),
    }
    text = render(replies[command]())
    assert CORRECTION in text, f"/{command} does not show the correction"
    assert "White House press briefing of 23 October 2024" in text
    assert "There is evidence that there are DPRK troops in Russia" in text, "Austin's own words"


def test_the_correction_names_its_sources_with_date_and_link(briefing: Briefing) -> None:
    (note,) = [n for n in briefing.notes if CORRECTION in n.text]
    cited = [s for s in note.sources if isinstance(s, Citation)]
    assert len(cited) >= 3
    for source in cited:
        assert source.published is not None and source.url, source
    shown = render(brief_reply(briefing))
    assert "https://" in shown and "2024-10-23" in shown


def test_a_post_carries_the_correction_once(briefing: Briefing) -> None:
    pages = briefing_post(briefing, "all")
    text = "\n".join(p.body + "".join(f.value for f in p.fields) for p in pages)
    assert text.count(CORRECTION) == 1
    assert "See the editor's note above" in text


def test_the_timeline_dates_the_three_events_of_23_october_2024(briefing: Briefing) -> None:
    dated = [e for e in briefing.timeline if e.when.startswith(BRIEFING_DAY)]
    assert len(dated) == 3
    text = " ".join(e.what for e in dated)
    for who in ("Austin", "Kirby", "Xi"):
        assert who in text
    for entry in dated:
        assert "article" in entry.when, f"{entry.id}: say where the date comes from"


def _mentions_the_attribution(q: Question) -> bool:
    text = " ".join([q.prompt, q.explanation, *q.choices])
    return bool(AUSTIN.search(text)) or "fair game" in text.casefold()


def test_no_question_rewards_the_article_s_attribution_alone(briefing: Briefing) -> None:
    concerned = [q for q in briefing.questions if _mentions_the_attribution(q)]
    assert len(concerned) >= 6
    for q in concerned:
        for right in (q.answer_text, *q.accept):
            assert not (AUSTIN.search(right) and "Kirby" not in right), q.id
        assert "Kirby" in q.prompt + q.explanation, f"{q.id} hides who really said it"


@pytest.mark.parametrize("question_id", REFRAMED)
def test_the_three_attribution_questions_ask_for_both_sides(
    briefing: Briefing, question_id: str
) -> None:
    q = _question(briefing, question_id)
    assert "According to the article" in q.prompt
    assert "White House briefing" in q.prompt
    if q.kind == "choice":
        assert "Kirby" in q.answer_text and "Austin" in q.answer_text
        assert len({c for c in q.choices if "briefing: Kirby" in c}) >= 2, "a real choice"


def test_a_student_who_names_kirby_is_not_marked_wrong(briefing: Briefing) -> None:
    q = _question(briefing, "q-who-confirmed")
    assert q.kind == "choice" and q.answer_text == "Article: Austin; briefing: Kirby"


def test_why_and_how_questions_are_the_hard_ones(briefing: Briefing) -> None:
    hard = [q for q in briefing.questions if q.difficulty == "hard"]
    assert len(hard) >= 8
    for q in hard:
        assert re.search(r"\b(why|how)\b", q.prompt, re.IGNORECASE), (
            f"{q.id} is hard but asks no why or how"
        )
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.explanation) if s]
        assert len(sentences) >= 3, f"{q.id}: the explanation should walk through the reasoning"


def test_the_translation_is_flagged_and_fuel_is_accepted(briefing: Briefing) -> None:
    text = render(quotes_reply(briefing, "Xi"))
    assert "translation" in text and "no adding oil to the fire by relevant parties" in text
    q = _question(briefing, "q-xi-oil")
    assert is_correct("fuel", q.answer_text, q.accept)
    assert is_correct("oil", q.answer_text, q.accept)


def test_the_source_and_the_denials_are_noted_on_the_summary(briefing: Briefing) -> None:
    text = render(brief_reply(briefing))
    assert "names no author, no publisher and no date" in text
    long = render(brief_reply(briefing, long=True))
    assert "groundless stereotyped rumors" in long and "fake news" in long


def test_the_glossary_explains_lips_and_teeth_as_mutual_dependence(briefing: Briefing) -> None:
    text = render(glossary_reply(briefing, "lips"))
    assert "mutual dependence" in text and "buffer" in text


def test_the_trilateral_item_is_not_called_a_result_anywhere(briefing: Briefing) -> None:
    point = briefing.section("technology-transfer")
    assert point is not None
    assert "three possible results" in point.points[1]
    assert "closer together" not in briefing.summary.long


def test_spelling_is_american_throughout() -> None:
    text = BRIEFING_PATH.read_text(encoding="utf-8").casefold()
    assert [w for w in BRITISH if w in text] == []


def test_every_choice_fits_a_button_with_its_letter(briefing: Briefing) -> None:
    long = [c for q in briefing.questions for c in q.choices if len(f"A) {c}") > 80]
    assert long == [], "Discord cuts button labels at 80 characters"
