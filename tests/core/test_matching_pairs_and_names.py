"""Two-part answers named by capitals or joined by "vs", and a typo as near a person's name
as the answer when no person is asked for. The phrasings are invented for these tests (none is
from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct

PEOPLE = (Person("Ana Kenyon", ("Kenyon",)), Person("Ola Fran", ("Fran",)))


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("paris and berlin", "France and Germany"),
        ("berlin & france", "France and Germany"),
        ("Moscow/Beijing", "China and Russia"),
        ("order vs chaos", "order and chaos"),
        ("chaos versus order", "order and chaos"),
    ],
)
def test_a_two_part_answer_takes_capitals_and_vs(typed, answer):
    assert is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("paris and rome", "France and Germany"),
        ("berlin vs berlin", "France and Germany"),
        ("order vs peace", "order and chaos"),
        ("germany", "France and Germany"),
    ],
)
def test_capitals_and_vs_never_name_a_missing_or_other_part(typed, answer):
    assert not is_correct(typed, answer)


def test_a_typo_as_near_a_persons_name_as_the_answer_is_the_answer_when_no_person_is_asked():
    # "mlta" is one letter from "Malta" and one from "Mata", a person of the briefing
    people = (Person("Rui Mata", ("Mata",)),)
    assert is_correct("mlta", "Malta", people=people, wrong=("Rui Mata", "Mata"))
    assert not is_correct("mata", "Malta", people=people, wrong=("Rui Mata", "Mata"))


def test_a_typo_as_near_another_person_as_the_person_asked_stays_refused():
    people = (*PEOPLE, Person("Bo Kenyan", ("Kenyan",)))
    assert is_correct("kenyon", "Ana Kenyon", people=people)
    assert not is_correct("kenyen", "Ana Kenyon", people=people)
