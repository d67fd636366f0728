"""A given name alone for a person whose name is written family name first ("Qiang" for Li
Qiang, known as "Li"): right when no other person shares it; never for a name written given
name first. The phrasings and people are invented for these tests."""

from __future__ import annotations

from bot.core.matching import Person, is_correct

PEOPLE = [
    Person("Li Qiang", ("Li", "Premier Li")),
    Person("Anna Moretti", ("Moretti",)),
    Person("Tomas Berg", ("Berg",)),
]


def test_the_given_name_of_a_family_name_first_person_is_that_person():
    assert is_correct("Qiang", "Li Qiang", (), (), PEOPLE)
    assert is_correct("i think qiang", "Li Qiang", (), (), PEOPLE)


def test_a_given_name_written_first_is_still_not_enough():
    assert not is_correct("Anna", "Anna Moretti", (), (), PEOPLE)


def test_the_given_name_never_answers_for_another_person():
    assert not is_correct("Qiang", "Anna Moretti", (), (), PEOPLE)


def test_a_given_name_two_people_share_is_nobody():
    shared = [*PEOPLE, Person("Zhou Qiang", ("Zhou",))]
    assert not is_correct("Qiang", "Li Qiang", (), (), shared)
