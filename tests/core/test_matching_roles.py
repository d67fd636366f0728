"""A person asked for is right by their role as the briefing gives it ("the finance
minister"), unless the question asks for a name or the words fit another person's role too.
The people and phrasings are invented for these tests."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct

PEOPLE = [
    Person("Maria Lopez", ("Lopez",), "Chile's finance minister"),
    Person("Omar Haddad", ("Haddad",), "U.N. special envoy for Yemen"),
    Person("Keiko Sato", ("Sato",), "Professor at Kyoto University"),
    Person("Pavel Novak", ("Novak",), "Czech foreign minister"),
]
ASKED = "Who announced the new talks?"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("the finance minister", "Maria Lopez"),
        ("Chile's finance minister", "Maria Lopez"),
        ("the UN special envoy", "Omar Haddad"),
        ("special envoy", "Omar Haddad"),
        ("the kyoto professor", "Keiko Sato"),
    ],
)
def test_the_role_the_briefing_gives_names_the_person(typed, answer):
    assert is_correct(typed, answer, (), (), PEOPLE, ASKED)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("the foreign minister", "Maria Lopez"),  # another person's role
        ("the minister", "Maria Lopez"),  # one word, and two people are ministers
        ("chile minister", "Pavel Novak"),
        ("yemen", "Omar Haddad"),  # no head of the role
        ("kyoto university", "Keiko Sato"),  # the place, not the person
        ("the special envoy or the finance minister", "Omar Haddad"),
    ],
)
def test_words_that_fit_no_role_or_another_persons_are_not_the_person(typed, answer):
    assert not is_correct(typed, answer, (), (), PEOPLE, ASKED)


def test_the_role_is_not_the_name_a_question_asks_for():
    assert not is_correct("the finance minister", "Maria Lopez", (), (), PEOPLE, "Give her name.")
    assert not is_correct("the finance minister", "Lopez", (), (), PEOPLE, "Her surname?")
