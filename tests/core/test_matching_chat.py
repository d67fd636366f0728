"""Answers typed the way people chat: each rule that reads them, and what it still refuses.

The phrasings are invented for these tests (none is from benchmarks/matching_heldout.py).
"""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct, normalize

MACRON = Person("Emmanuel Macron", ("Macron", "President Macron"))
SCHOLZ = Person("Olaf Scholz", ("Scholz",))
PEOPLE = (MACRON, SCHOLZ)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [
        ("Danube i guess", "Danube"),
        ("lisbon obviously", "Lisbon"),
        ("kenya i think so", "Kenya"),
        ("the Nile lol", "Nile"),
        ("ans: Danube", "Danube"),
        ("is it lisbon", "Lisbon"),
        ("prob kenya", "Kenya"),
        ("like the Nile", "Nile"),
        ("they were war crimes", "war crimes"),
    ],
)
def test_chat_words_before_or_after_an_answer_are_read_past(guess, answer):
    assert is_correct(guess, answer)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [("Berlin i guess", "Paris"), ("is it berlin", "Paris"), ("lol", "Paris")],
)
def test_chat_words_never_rescue_a_wrong_answer(guess, answer):
    assert not is_correct(guess, answer)


def test_a_trailing_filler_that_ends_the_answer_is_kept():
    assert is_correct("Cavour was right", "Cavour was right")
    assert not is_correct("Cavour", "Cavour was right")


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("40yrs", "40"),
        ("12 k", "12000"),
        ("12.000", "12000"),
        ("1.234.567", "1234567"),
        ("fortytwo", "42"),
        ("ninty nine", "99"),
        ("fourty", "40"),
        ("eigthy one", "81"),
    ],
)
def test_numbers_typed_in_chat_read_as_their_value(typed, number):
    assert normalize(typed).split()[0] == number
    assert is_correct(typed, number)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("40yrs", "41"), ("12 k", "1,200"), ("1.500", "1,500"), ("2.5", "2,500"), ("thirsty", "30")],
)
def test_a_number_read_from_chat_is_never_another_number(typed, answer):
    assert not is_correct(typed, answer)


def test_a_short_form_of_a_title_is_read_past_before_a_person():
    assert is_correct("pres macron", "Emmanuel Macron", people=PEOPLE)
    assert not is_correct("pres scholz", "Emmanuel Macron", people=PEOPLE)
