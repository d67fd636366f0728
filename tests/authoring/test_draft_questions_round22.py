"""Questions, twenty-second round (invented text): how far one place lies from another in a
compass direction ("about 40 miles east of Varnholt", "120 km north-west of the capital") is
a gazetteer's figure, never the blank of a question; the same number read as a quantity of
people or things in the same story still makes one."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import fact_questions


def _questions(paragraphs: list[str]) -> list[dict]:
    return fact_questions(paragraphs, headline="Cannery to close in Varnholt")


@pytest.mark.parametrize(
    "distance",
    ["about 40 miles east of", "some 120 km north-west of", "65 kilometres south of"],
)
def test_a_distance_to_a_place_is_no_blank(distance: str) -> None:
    number = (
        distance.split()[1] if distance.split()[0] in ("about", "some") else distance.split()[0]
    )
    story = [
        f"The cannery, {distance} Lindholm, opened in 1953 on the north quay of the harbour.",
        "The owners said 350 workers would lose their jobs when it closes in March.",
    ]
    questions = _questions(story)
    assert not any(str(q["answer"]) == number for q in questions)
    assert not any(
        "_____ miles" in str(q["prompt"]) or "_____ k" in str(q["prompt"]) for q in questions
    )
    assert any(q["answer"] == "350" for q in questions)


def test_a_count_of_people_beside_a_direction_word_stays_a_blank() -> None:
    """ "40 miles of road" and "350 workers" are quantities, not where a place lies."""
    story = [
        "The storm washed out 40 miles of road along the coast on Monday.",
        "The owners said 350 workers would lose their jobs when it closes in March.",
    ]
    answers = {str(q["answer"]) for q in _questions(story)}
    assert "40" in answers  # (round 29: one number blank an article, the first)
    answers = {str(q["answer"]) for q in _questions(story[1:])}
    assert "350" in answers
