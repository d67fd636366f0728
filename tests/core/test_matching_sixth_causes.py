"""Causes the sixth phrasing set (benchmarks/matching_fifth.py) showed, each as a rule: a
verdict typed with the key beside a letter or as "untrue", chat hedges ("ig", "iirc", "i wanna
say"), number words run together and zeros typed as the letter O, dates typed in numbers or
with a month in another language or run into the year. The phrasings are invented for these
tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.answer_text import normalize
from bot.core.matching import is_correct
from bot.core.verdicts import read_verdict


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("trie", True), ("teue", True), ("falsw", False), ("fakse", False), ("untrue", False)],
)
def test_a_verdict_typed_with_the_key_beside_a_letter_or_as_untrue_is_read(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["tree", "trux", "tyre", "fa;se", "falls"])
def test_a_letter_far_from_the_key_or_another_word_says_no_verdict(typed):
    assert read_verdict(typed) is None


def test_untrue_negated_is_true_and_beside_true_says_nothing():
    assert read_verdict("not untrue") is True
    assert read_verdict("true, untrue") is None


@pytest.mark.parametrize(
    "typed",
    ["lisbon ig", "lisbon iirc", "i wanna say lisbon", "i want to say lisbon", "lisbon fs"],
)
def test_chat_hedges_around_an_answer_are_read_past(typed):
    assert is_correct(typed, "Lisbon")


@pytest.mark.parametrize("typed", ["porto ig", "i wanna say porto", "ig", "iirc"])
def test_chat_hedges_never_rescue_a_wrong_answer_or_stand_alone(typed):
    assert not is_correct(typed, "Lisbon")


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("fivehundred", "500"),
        ("twothousand", "2000"),
        ("sixhundredforty", "640"),
        ("4OO", "400"),
        ("2ooo", "2000"),
    ],
)
def test_number_words_run_together_and_zeros_typed_as_o_read_as_numbers(typed, number):
    assert normalize(typed) == number


@pytest.mark.parametrize("typed", ["often", "someone", "tenfold", "tone", "hero"])
def test_words_that_only_hold_number_words_stay_words(typed):
    assert normalize(typed) == typed


@pytest.mark.parametrize(
    "typed",
    ["17/03/2019", "3/17/2019", "17.03.2019", "2019-03-17", "mar2019", "marzo 2019", "märz 2019"],
)
def test_dates_typed_in_numbers_or_another_language_or_run_together_are_read(typed):
    assert is_correct(typed, "March 2019")


@pytest.mark.parametrize(
    "typed", ["17/04/2019", "4/17/2019", "2019-04-17", "apr2019", "abril 2019", "marzo 2018"]
)
def test_another_month_or_year_in_those_forms_is_wrong(typed):
    assert not is_correct(typed, "March 2019")


def test_a_date_whose_day_and_month_could_swap_is_not_read_as_either():
    assert normalize("03/04/2019") == "3 4 2019"
    assert not is_correct("03/04/2019", "March 2019")
    assert not is_correct("03/04/2019", "April 2019")
