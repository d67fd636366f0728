"""Causes the sixth phrasing set (benchmarks/matching_fifth.py) showed, each as a rule: a
verdict typed with the key beside a letter or as "untrue", chat hedges ("ig", "iirc", "i wanna
say"), number words run together and zeros typed as the letter O, dates typed in numbers or
with a month in another language or run into the year; at a choice question, a contracted
negation, another form of a word's stem, option words run together, "nations" for
"countries", "but" and "it" read past, and a key before words that fit its option and another;
a word of the question beside another right answer, the initials of a name the question
spells out, and a clause before the answer saying where ("they landed in ..."). The
phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answer_text import normalize
from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import is_correct, pick_by_words
from bot.core.quiz import judge, present_all
from bot.core.verdicts import read_verdict

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("trie", True), ("teue", True), ("falsw", False), ("fakse", False), ("untrue", False)],
)
def test_a_verdict_typed_with_the_key_beside_a_letter_or_as_untrue_is_read(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["tree", "trux", "tyre", "fa;se", "falls", "frue", "dalse"])
def test_a_letter_far_from_the_key_a_first_letter_or_another_word_says_no_verdict(typed):
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


OPTIONS = (
    "Inflation cannot be measured without a price index",
    "The reform was translated into law and merged two agencies",
    "Emerging market lenders raised rates, yet growth held",
    "It does not matter which index is used",
)


@pytest.mark.parametrize(
    ("typed", "picked"),
    [
        ("inflation cant be measured", 0),
        ("can't be measured without an index", 0),
        ("it doesnt matter", 3),
        ("translation into law", 1),
        ("the reform was translating", 1),
        ("emerginmarket lenders", 2),
        ("emergingmarkets", 2),
        ("rates rose but growth held", None),  # "rose" is in no option
        ("lenders raised rates but growth held", 2),
        ("it merged two agencies", 1),
    ],
)
def test_contractions_word_forms_and_words_run_together_pick_their_option(typed, picked):
    assert pick_by_words(typed, OPTIONS) == picked


@pytest.mark.parametrize(
    "typed",
    [
        "the reform wasnt translated",  # a negation no option says
        "lenders didnt raise rates",
        "emergingrates",  # not neighbouring words of one option
        "reformlaw",
    ],
)
def test_a_contracted_negation_still_needs_an_option_that_says_it_and_words_join_only_as_shown(
    typed,
):
    assert pick_by_words(typed, OPTIONS) is None


def _picked(question_id: str, typed: str) -> str | None:
    (qq,) = present_all(BRIEFING, [question_id], seed=0)
    try:
        return judge(BRIEFING, qq, typed)[1]
    except InvalidInput:
        return None


@pytest.mark.parametrize(("typed", "picked"), [("d lower bound", "D"), ("b the lower bound", "B")])
def test_a_key_before_words_that_fit_its_option_and_another_picks_the_keyed_one(typed, picked):
    # At seed 0 both B ("marks a lower bound") and D ("... than a lower bound") say it.
    assert _picked("q-why-at-least", typed) == picked


def test_a_key_before_words_that_fit_only_other_options_is_asked_again():
    assert _picked("q-why-at-least", "c lower bound") is None


def test_a_key_before_another_key_and_words_is_asked_again():
    assert _picked("q-why-at-least", "b d lower bound") is None


FISH = "Which Norwegian fish did the ministry tax?"


@pytest.mark.parametrize("typed", ["norwegian trout", "trout norwegian", "the norwegian trout"])
def test_a_word_of_the_question_beside_another_right_answer_is_read_past(typed):
    assert is_correct(typed, "salmon", ("Norwegian salmon", "trout"), context=FISH)


@pytest.mark.parametrize("typed", ["norwegian cod", "norwegian", "norwegian not trout"])
def test_that_word_never_rescues_a_wrong_answer_or_stands_alone(typed):
    assert not is_correct(typed, "salmon", ("Norwegian salmon", "trout"), context=FISH)


POST = "Which post does Lund hold at the Institute for Peace and Conflict Research?"


@pytest.mark.parametrize("typed", ["senior fellow at ipcr", "IPCR senior fellow"])
def test_the_initials_of_a_name_the_question_spells_out_are_its_words_too(typed):
    assert is_correct(typed, "Senior fellow", context=POST)


@pytest.mark.parametrize("typed", ["junior fellow at ipcr", "ipcr", "senior fellow at ipc"])
def test_those_initials_never_rescue_a_wrong_answer_or_stand_alone(typed):
    assert not is_correct(typed, "Senior fellow", context=POST)


def test_nations_and_countries_pick_the_same_option():
    options = ("Landlocked countries", "Island nations", "Founding members")
    assert pick_by_words("landlocked nations", options) == 0
    assert pick_by_words("island countries", options) == 1
    assert pick_by_words("founding nations", options) is None


@pytest.mark.parametrize(
    "typed",
    ["they landed in lisbon", "he worked at lisbon", "she stayed in Lisbon", "we went to lisbon"],
)
def test_a_clause_before_the_answer_saying_where_is_read_past(typed):
    assert is_correct(typed, "Lisbon")


@pytest.mark.parametrize(
    "typed",
    [
        "they landed in porto",
        "they sailed from lisbon",  # where they left, not where they went
        "they never landed in lisbon",
        "they landed in lisbon or porto",
        "lisbon they landed in",
    ],
)
def test_that_clause_never_rescues_another_place_a_departure_or_a_hedge(typed):
    assert not is_correct(typed, "Lisbon")
