"""Causes the twentieth phrasing set (benchmarks/matching_twentieth.py) showed, each as a rule:
an amount in dinars, riyals, dirhams and other currencies the matcher had no table for is
refused in dollars or euros ("$40" for 40 dinars) and right in the currency's own code ("40
kd", "KD 40"); a key followed by words that only another option says ("c, the ministry ran out
of water" when B says the ministry has run out of water) names two answers; "a year ago" is
"last year"; a length in words is converted as in digits ("six miles" for 10 km). The phrasings,
names and facts are invented for these tests (none is from a benchmark set). A role "of" something
written as a sentence starts ("Chairman of the volunteer committee") is said the other way round
("volunteer committee chairman") as a lowercase one is."""

from __future__ import annotations

import pytest

from bot.core.matching import is_correct, pick_by_words
from tests.core.test_matching_fifteenth_causes import _choice, _verdict
from tests.core.test_matching_twelfth_causes import _asked

FARE = "A bus ticket to the capital now costs 25 dinars, up from 15 dinars last year."
RENT = "A room in the old town now costs 900 riyals a month."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("25 dinars", True),
        ("25 dinar", True),
        ("25", True),
        ("25 kd", True),
        ("KD 25", True),
        ("KD25", True),
        ("25 kwd", True),
        ("25 bhd", True),
        ("$25", False),
        ("€25", False),
        ("£25", False),
        ("25 dollars", False),
        ("25 euros", False),
        ("15 dinars", False),
        ("KD 15", False),
    ],
)
def test_an_amount_in_dinars_is_refused_in_another_currency_and_right_by_its_code(
    typed: str, right: bool
):
    briefing, shown = _asked("How much does a bus ticket cost now?", "25 dinars", FARE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("900 riyals", True),
        ("900 sar", True),
        ("SAR 900", True),
        ("900 qar", True),
        ("$900", False),
        ("€900", False),
        ("900 aed", False),
    ],
)
def test_an_amount_in_riyals_is_refused_in_another_currency_and_right_by_its_code(
    typed: str, right: bool
):
    briefing, shown = _asked("How much does a room cost a month?", "900 riyals", RENT)
    assert _verdict(briefing, shown, typed) is right


DELAYS = [
    "The council ran short of money",
    "The builders went on strike",
    "Floods damaged the site",
    "The land was sold",
]


@pytest.mark.parametrize(
    ("after_key", "right"),
    [
        (", the council was short of money", False),
        (" - the builders were on strike", False),
        (", the land got sold", False),
        (", the floods were bad", True),
        (") because it rained for weeks", True),
        (", the site was damaged", True),
        ("", True),
    ],
)
def test_a_key_followed_by_only_another_options_words_is_not_that_key(after_key: str, right: bool):
    briefing, shown = _choice("Floods damaged the site", DELAYS, "Why was the stadium late?")
    key = "abcd"[shown.options.index("Floods damaged the site")]
    assert bool(_verdict(briefing, shown, key + after_key)) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("last year", True),
        ("a year ago", True),
        ("one year ago", True),
        ("the year before", True),
        ("the previous year", True),
        ("previous year", True),
        ("last yr", True),
        ("last year, it was bad", True),
        ("last week", False),
        ("this year", False),
        ("two years ago", False),
        ("a week ago", False),
        ("next year", False),
    ],
)
def test_last_year_said_another_way_is_last_year(typed: str, right: bool):
    assert is_correct(typed, "last year") is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("last week", True), ("a week ago", True), ("the week before", True), ("last wk", True)],
)
def test_a_week_ago_is_last_week(typed: str, right: bool):
    assert is_correct(typed, "last week") is right
    assert is_correct(typed, "last month") is False


@pytest.mark.parametrize(
    ("typed", "answer", "right"),
    [
        ("six miles", "10 km", True),
        ("about six miles", "10 km", True),
        ("ten miles", "10 km", False),
        ("six km", "10 km", False),
        ("sixteen kilometres", "10 miles", True),
        ("ten kilometres", "10 miles", False),
        ("forty kg", "88 lb", True),
    ],
)
def test_a_length_or_mass_in_words_in_another_unit_is_converted(
    typed: str, answer: str, right: bool
):
    assert is_correct(typed, answer) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("harbour board chairman", True),
        ("chairman of the harbour board", True),
        ("harbour chairman", False),
        ("board secretary", False),
    ],
)
def test_a_role_of_something_capitalised_as_a_sentence_is_said_the_other_way_round(
    typed: str, right: bool
):
    assert is_correct(typed, "Chairman of the harbour board") is right


def test_a_name_with_of_is_not_said_the_other_way_round():
    assert is_correct("america bank", "Bank of America") is False


@pytest.mark.parametrize(
    ("typed", "options", "picked"),
    [
        ("africa", ["South Africa", "Britain", "Brazil", "Portugal"], None),
        ("south africa", ["South Africa", "Britain", "Brazil", "Portugal"], 0),
        ("guinea", ["Mali", "Equatorial Guinea", "Chad", "Niger"], None),
        ("america", ["Canada", "Mexico", "South America", "Europe"], None),
        ("korea", ["Japan", "South Korea", "China", "Iran"], 1),
        ("georgetown", ["Georgetown University", "Yale", "Harvard", "MIT"], 0),
    ],
)
def test_a_place_of_its_own_does_not_pick_the_option_whose_name_holds_it(
    typed: str, options: list[str], picked: int | None
):
    assert pick_by_words(typed, options, "Which one?") == picked


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("march 4", True),
        ("4 march", True),
        ("4th mar", True),
        ("mar 4", True),
        ("march 4 2019", True),
        ("march 5", False),
        ("april 4", False),
        ("march 4 2018", False),
        ("march", False),
        ("2019", False),
    ],
)
def test_the_day_and_month_of_a_date_asked_are_right_without_its_year(typed: str, right: bool):
    assert is_correct(typed, "4 March 2019", (), (), (), "On what date did the bridge open?") is (
        right
    )
