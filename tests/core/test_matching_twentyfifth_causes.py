"""Causes the twenty-fifth phrasing set (benchmarks/matching_twentyfifth.py) showed, each as a
rule. The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

TOLLS = (
    "The road authority could collect SR45 million a year from the new toll gates, which charge "
    "SR5 a car, up to SR120,000 a day."
)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("SR45 million", "45 million riyals", True),
        ("SR45 million", "45 million", True),
        ("SR45 million", "SAR 45m", True),
        ("SR45 million", "45 millones de riales", True),
        ("SR45 million", "$45 million", False),
        ("SR45 million", "45 million dollars", False),
        ("SR45 million", "45", False),  # the scale word belongs to the number
        ("SR45 million", "54 million riyals", False),
        ("SR5", "5 riyals", True),
        ("SR5", "5", True),
        ("SR5", "five riyals", True),
        ("SR5", "5 sr a car", True),
        ("SR5", "$5", False),
        ("SR5", "6 riyals", False),
        ("SR120,000", "120,000 riyals", True),
        ("SR120,000", "120k", True),
        ("SR120,000", "€120,000", False),
    ],
)
def test_saudi_riyals_written_sr_before_the_amount(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much is it?", answer, TOLLS)
    assert _verdict(briefing, shown, typed) is right


SEASON = "The festival runs from May to August, and the ferry sails Monday to Friday."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("May to August", "may - august", True),
        ("May to August", "may-aug", True),
        ("May to August", "between may and august", True),
        ("May to August", "from may to august", True),
        ("May to August", "may through august", True),
        ("May to August", "may till august", True),
        ("May to August", "may to aug", True),
        ("May to August", "mayo a agosto", True),
        ("May to August", "mai bis august", True),
        ("May to August", "de mai à août", True),
        ("May to August", "desde mayo hasta agosto", True),
        ("May to August", "de juin à août", False),
        ("May to August", "may - july", False),
        ("May to August", "between june and august", False),
        ("May to August", "may and august", False),  # two months, not the span
        ("May to August", "may or august", False),
        ("Monday to Friday", "mon-fri", True),
        ("Monday to Friday", "monday through friday", True),
        ("Monday to Friday", "monday - thursday", False),
    ],
)
def test_a_range_of_months_or_days_said_another_way(answer: str, typed: str, right: bool):
    briefing, shown = _asked("When?", answer, SEASON)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("between 40 and 45 km", True),
        ("from 40 to 45 km", True),
        ("40-45 km", True),
        ("40 through 45 km", True),
        ("between 40 and 50 km", False),
        ("40 km", False),
    ],
)
def test_a_range_of_numbers_said_with_between(typed: str, right: bool):
    briefing, shown = _asked(
        "How far is the ferry's crossing?", "40 to 45 km", "The crossing is 40 to 45 km."
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("7,000", "siete mil", True),
        ("7,000", "sete mil", True),
        ("7,000", "7 mil", False),  # chat's seven million
        ("7,000", "seis mil", False),
        ("125,000", "ciento veinticinco mil", True),
        ("125,000", "ciento veinte mil", False),
        ("105", "ciento cinco", True),
    ],
)
def test_thousands_said_in_spanish_or_portuguese_words(answer: str, typed: str, right: bool):
    briefing, shown = _asked(
        "How many visitors came?", answer, f"The park had {answer} visitors last year."
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("spokesman", True),
        ("the spokesman", True),
        ("council spokesman", True),
        ("spokesman for the harbour council", True),
        ("official spokesman", True),
        ("deputy spokesman", False),
        ("spokesman of the port authority", False),
        ("mayor", False),
        ("official", False),
    ],
)
def test_an_official_post_said_without_official(typed: str, right: bool):
    briefing, shown = _asked(
        "What is Amal Haddad's post?",
        "Official spokesman of the Harbour Council",
        "Amal Haddad, official spokesman of the Harbour Council, said the port would reopen.",
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("19 square kilometres", "19km2", True),
        ("19 square kilometres", "19km²", True),
        ("19 square kilometres", "19 sq km", True),
        ("19 square kilometres", "19sqkm", True),
        ("19 square kilometres", "19 sq. km", True),
        ("19 square kilometres", "91 sq km", False),
        ("19 square kilometres", "19 km", False),
        ("19 square kilometres", "19 sq m", False),
        ("40,000 cubic metres", "40,000m3", True),
        ("40,000 cubic metres", "40000m3", True),
        ("40,000 cubic metres", "40,000m2", False),
    ],
)
def test_an_area_or_volume_typed_as_glued_or_sq_symbols(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How big is it?", answer, f"The lake is {answer}.")
    assert _verdict(briefing, shown, typed) is right


DERBY = "The Coastal Hawks beat the Riverside Rangers 24-18 on Saturday."


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("Which team won the derby?", "hawks", True),
        ("Which team won the derby?", "the hawks", True),
        ("Which team won the derby?", "hawsk", True),
        ("Which team won the derby?", "rangers", False),
        ("Which team won the derby?", "the rangers", False),
        ("Which club won the derby?", "the hawks 🦅", True),
    ],
)
def test_a_team_by_its_nickname(prompt: str, typed: str, right: bool):
    briefing, shown = _asked(prompt, "Coastal Hawks", DERBY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("Plateau Stars", "stars"), ("Plateau Stars", "the stars"), ("Delta Rangers", "rangers")],
)
def test_a_word_many_clubs_share_is_no_nickname(answer: str, typed: str):
    """Guards `_SHARED_CLUB_WORDS`: without it the nickname rule accepts these."""
    briefing, shown = _asked(
        "Which team did they draw with?", answer, f"They drew 1-1 with {answer} on Sunday."
    )
    assert _verdict(briefing, shown, typed) is False


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("It doubled", "double", True),
        ("It doubled", "2x", True),
        ("It doubled", "x2", True),
        ("It doubled", "twice as much", True),
        ("It doubled", "by 100%", True),
        ("It doubled", "two times", True),
        ("It doubled", "3x", False),
        ("It doubled", "by 50%", False),
        ("It doubled", "almost doubled", False),  # changes the claim
        ("It doubled", "more than double", False),
        ("It tripled", "3x", True),
        ("It tripled", "triple", True),
        ("It tripled", "2x", False),
        ("It halved", "by half", True),
        ("It halved", "2x", False),
    ],
)
def test_a_change_by_a_factor_said_as_the_factor(answer: str, typed: str, right: bool):
    briefing, shown = _asked(
        "How did the number of visitors change?", answer, f"{answer}, the ministry said."
    )
    assert _verdict(briefing, shown, typed) is right


FINAL = "The Harbour Hawks beat the Delta Rays 24-18 in the final on Saturday."


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("What was the score of the Hawks' win?", "they won 24-18", True),
        ("What was the score of the Hawks' win?", "they lost 24-18", False),
        ("What was the score of the Hawks' win?", "we lost 24-18", False),
        ("What was the score of the Hawks' win?", "rays lost 24-18", True),
        ("What was the score of the Rays' defeat?", "they lost 24-18", True),
        ("What was the score of the Rays' defeat?", "they won 24-18", False),
    ],
)
def test_a_pronoun_saying_the_side_asked_about_lost_its_win(prompt: str, typed: str, right: bool):
    briefing, shown = _asked(prompt, "24-18", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("ksa", True), ("KSA", True), ("the kingdom of saudi arabia", True), ("uae", False)],
)
def test_saudi_arabia_by_its_initials_or_full_name(typed: str, right: bool):
    briefing, shown = _asked(
        "In which country is the port?", "Saudi Arabia", "The port is in Saudi Arabia."
    )
    assert _verdict(briefing, shown, typed) is right
