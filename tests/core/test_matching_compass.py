"""A part of the answer named by a compass word ("eastern kenya" for Kenya): right, unless the
whole is itself another place. The phrasings are invented for these tests (none is from a
benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import is_correct


@pytest.mark.parametrize(
    ("typed", "answer", "accept"),
    [
        ("eastern kenya", "Kenya", ()),
        ("the south of kenya", "Kenya", ()),
        ("north-west kenya", "Kenya", ()),
        ("western part of kenya", "Kenya", ()),
        ("Southern Kenia", "Kenya", ()),
        ("south atlantic", "Atlantic", ("Atlantic Ocean",)),
        ("northern europe", "Europe", ()),
        ("western africa", "Africa", ()),
    ],
)
def test_a_compass_part_of_the_answer_is_the_answer(typed, answer, accept):
    assert is_correct(typed, answer, accept)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Northern Ireland", "Ireland"),  # another country's part, in no country list
        ("south sudan", "Sudan"),  # a country of its own
        ("west virginia", "Virginia"),
        ("south america", "United States"),  # "America" is the country, not the continent
        ("eastern north america", "United States"),
        ("north amerikas", "United States"),  # a typo of another place is that place
        ("south africa", "Africa"),
        ("eastern uganda", "Kenya"),  # the part of another place
        ("southern kenya", "Uganda"),
        ("north", "North Korea"),
        ("east of", "Kenya"),
        ("far kenya", "Kenya"),
        ("west of kenya", "Kenya"),  # beside it, not in it
    ],
)
def test_a_compass_word_never_makes_another_place_right(typed, answer):
    assert not is_correct(typed, answer)


def test_a_compass_word_before_a_word_that_is_no_place_is_not_read_past():
    assert not is_correct("eastern firm", "Firm")


def test_a_compass_part_that_is_a_wrong_option_stays_wrong():
    assert not is_correct("south asia", "Asia", (), ["South Asia"])


def test_a_compass_word_in_brackets_completes_the_name_before_it():
    assert is_correct("Sudan (south)", "South Sudan")
    assert not is_correct("Sudan (north)", "South Sudan")
    assert not is_correct("sudan (south)", "Sudan")  # South Sudan is another country
