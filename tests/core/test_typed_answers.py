"""Typed answers to the bundled briefing, judged the way the quiz judges them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import Person, is_correct
from bot.core.quiz import judge, present_all

SEED = load_briefing(Path(__file__).parent.parent.parent / "content" / "nk-troops-russia.yaml")
BRIEFING = SEED.briefing


def _right(question_id: str, typed: str) -> bool:
    assert BRIEFING is not None
    (qq,) = present_all(BRIEFING, [question_id], seed=0)
    try:
        return judge(BRIEFING, qq, typed)[0]
    except InvalidInput:  # a choice it cannot tell counts as not right
        return False


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("q-who-revealed-arrival", "Kirby"),  # a figure's surname, typed on a choice question
        ("q-who-revealed-arrival", "Jon Kirby"),
        ("q-expert-surname", "Dr. Cha"),
        ("q-xi-speaker", "Xi"),
        ("q-arrival-port", "the port of Vladivostok"),
        ("q-who-revealed-arrival", "I think it was Kirby"),
        ("q-port-ocean", "it's the Pacific"),
        ("q-combat-country", "in Ukraine"),
        ("q-tech-exchange-parties", "NK"),
        ("q-alliances-leader", "America"),
        ("q-cha-chair", "Korea"),  # the one option holding the word typed
        ("q-cha-university", "Georgetown"),
        ("q-arrival-when", "early oct"),
    ],
)
def test_what_students_type_for_the_right_answer_counts(question_id, typed):
    assert _right(question_id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("q-tech-exchange-parties", "Korea"),  # a part of the name that names something else
        ("q-tech-exchange-parties", "South Korea"),
        ("q-xi-speaker", "Kirby"),  # another figure of the briefing
        ("q-fair-game-speaker", "Austin"),  # half of a source-criticism answer
        ("q-who-confirmed", "Kirby"),
        ("q-who-revealed-arrival", "Austin"),
        ("q-who-revealed-arrival", "Austin or Kirby"),  # several guesses
        ("q-years-of-ties", "I think 70"),  # another number
        ("q-alliances-leader", "UK"),
        ("q-cha-chair", "chair"),  # one word of several options
        ("q-trilateral", "Japan"),
        ("q-arrival-when", "late October"),  # words of two different options
    ],
)
def test_a_different_person_place_number_or_several_guesses_stay_wrong(question_id, typed):
    assert not _right(question_id, typed)


def test_every_name_of_a_figure_is_right_for_them_and_wrong_for_every_other():
    assert BRIEFING is not None
    people = [Person(f.name, tuple(f.aliases)) for f in BRIEFING.figures]
    for figure in BRIEFING.figures:
        for other in BRIEFING.figures:
            for name in (other.name, *other.aliases):
                right = is_correct(name, figure.name, people=people)
                assert right is (other is figure), (name, figure.name)
