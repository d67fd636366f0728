"""Questions, twenty-fifth round (invented text). Chosen from the bad and weak rates of each
kind of question over the older sets: a place is blanked only in the lede, where it is where
the story happens (later ones are side places: two in three such blanks were weak), and a
false statement changes a number, never a place (a place swapped in read as nonsense: a
country where a person stood, "Central America state"). Risks: the lede's place keeps its
blank, a number is still changed for a false statement, and a true statement naming places
stays. Since round 29 no statement is made false at all (a changed number was a trick on a
figure more often than a fact to weigh): the statement is the article's own."""

from __future__ import annotations

import re

from bot.authoring.questions import BLANK
from tests.authoring.drafted import fact_questions


def _questions(paragraphs: list[str]) -> list[dict]:
    return fact_questions(paragraphs)


_STORY = [
    "Rescue boats from Sweden reached the harbour in Varnholt on Tuesday.",
    "The water board said 350 workers would pump the lower streets through the night.",
    "Sandbags were sent from Norway to the harbour, the board said on Wednesday.",
    "Engineers from Denmark checked the old harbour wall, the mayor said on Thursday.",
    "The board said 40 homes were flooded and 12 families had moved to the town hall.",
    "About 2,000 sandbags were laid along the quay by Friday, the police said.",
]
_PLACES = ("Sweden", "Varnholt", "Norway", "Denmark", "Finland", "Germany", "Poland")


def _place_blanks(questions: list[dict]) -> list[str]:
    return [q["prompt"] for q in questions if q["id"].startswith("place-")]


def test_no_place_is_blanked_after_the_lede() -> None:
    story = ["The river burst its banks on Monday, flooding the lower streets.", *_STORY]
    assert _place_blanks(_questions(story)) == []


def test_the_ledes_place_keeps_its_blank() -> None:
    blanks = _place_blanks(_questions(_STORY))
    assert blanks == [
        f"Fill in the blank: Rescue boats from {BLANK} reached the harbour in Varnholt on Tuesday."
    ]


def test_a_statement_is_the_articles_own_never_a_changed_one() -> None:
    questions = _questions(_STORY)
    statements = [q for q in questions if q["kind"] == "truefalse"]
    assert statements
    for q in statements:
        source = _STORY[int(re.findall(r"paragraph (\d+)", q["explanation"])[0]) - 1]
        assert q["answer"] is True and q["prompt"].removeprefix("True or false: ") in source


def test_a_true_statement_naming_places_stays() -> None:
    questions = _questions(_STORY)
    true = [q["prompt"] for q in questions if q["kind"] == "truefalse" and q["answer"] is True]
    assert any("Sweden" in t or "Norway" in t or "Denmark" in t for t in true)
