"""Causes the nineteenth phrasing set (benchmarks/matching_nineteenth.py) and the older sets'
false accepts showed, each as a rule: a number typed with its unit but without the answer's
comparison ("40%" for "over 40%", as "40" already was; never "under 40%"), and "at least" said
as the answer's "over"; an amount in "US$" read as one in dollars ("1.29 billion dollars"); a
given name alone at a choice question asking which player (the quiz asks again); a title
spelled the British or the American way ("air defence"); a count said to be something ("eight
of the victims were soldiers", "four injured are stable") or described by a people's word ("two
Chinese engineers") counts that thing, so another number with it is another count; a year alone
never names what a name dates ("1984" for an act of 1984); a title that ends a South Asian
woman's name ("Sazia Bibi") is no surname, her given name is the name she goes by; chat after
a name typed without the kind the question asks ("marawi lol" asked which city); an opponent
typed as a fixture ("vs malawi"); a speaker "said it"; a number said to be "in" a country the
tested fact does not name ("7.2 in iran" for a quake in Turkey); a city typed with its country,
with or without its kind word, asked which city ("cebu, philippines" for Cebu City); Muhammad
in its other spellings ("mohamed", "mohd"). The phrasings, names and facts are invented for
these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct
from tests.core.test_matching_fifteenth_causes import _asked_about_one_fact, _choice, _verdict
from tests.core.test_matching_twelfth_causes import _asked

SLUMP = "The bank's shares lost over 30% of their value in a year, and its profits rose 12%."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("30%", True),
        ("30 percent", True),
        ("30 pct", True),
        ("30% i think", True),
        ("at least 30%", True),
        ("more than 30%", True),
        ("over 30%", True),
        ("under 30%", False),
        ("less than 30%", False),
        ("nearly 30%", False),
        ("12%", False),
    ],
)
def test_a_number_and_its_unit_without_the_answers_comparison_is_the_answer(
    typed: str, right: bool
):
    briefing, shown = _asked("By what percentage did the shares fall?", "over 30%", SLUMP)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("2.4 billion dollars", True),
        ("2.4 billion usd", True),
        ("$2.4 billion", True),
        ("us$ 2.4 billion", True),
        ("2.4 billion pounds", False),
        ("$2.4 million", False),
        ("2.4", False),
    ],
)
def test_an_amount_in_us_dollars_is_an_amount_in_dollars(typed: str, right: bool):
    assert is_correct(typed, "US$2.4 billion") is right


SCORERS = ["Karim Okafor", "Tomas Lind", "Amadou Sarr", "Pieter Janssen"]


@pytest.mark.parametrize("prompt", ["Which of these players scored?", "Which player scored?"])
def test_a_given_name_alone_asked_which_player_picks_nobody(prompt: str):
    briefing, shown = _choice("Amadou Sarr", SCORERS, prompt)
    assert _verdict(briefing, shown, "amadou") is None  # asked again
    assert _verdict(briefing, shown, "sarr") is True
    assert _verdict(briefing, shown, "amadou sarr") is True
    assert _verdict(briefing, shown, "lind") is False


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("air defence stadium", True),
        ("air defense stadium", True),
        ("air defence", True),
        ("air force stadium", False),
    ],
)
def test_a_title_spelled_the_british_way_is_no_other_title(typed: str, right: bool):
    assert is_correct(typed, "Air Defense Stadium") is right


VICTIMS = "At least 30 people died in the floods; eight of the victims were soldiers."
ENGINEERS = "Two Chinese engineers were killed when a roof collapsed at the dam."
WOUNDED = "Three of the injured are in critical condition while four injured are stable."


@pytest.mark.parametrize(
    ("prompt", "answer", "tested", "other", "typed", "right"),
    [
        ("How many people died?", "30", VICTIMS, ENGINEERS, "30 soldiers", False),
        ("How many people died?", "30", VICTIMS, ENGINEERS, "30 people", True),
        ("How many people died?", "30", VICTIMS, ENGINEERS, "30", True),
        ("How many of the victims were soldiers?", "8", VICTIMS, ENGINEERS, "8 soldiers", True),
        ("How many of the victims were soldiers?", "8", VICTIMS, ENGINEERS, "8 troops", True),
        ("How many of the victims were soldiers?", "8", VICTIMS, ENGINEERS, "8 engineers", False),
        ("How many were in critical condition?", "3", WOUNDED, ENGINEERS, "3 stable", False),
        ("How many were in critical condition?", "3", WOUNDED, ENGINEERS, "3", True),
        ("How many were in critical condition?", "3", WOUNDED, ENGINEERS, "3 critical", True),
    ],
)
def test_a_count_said_to_be_a_thing_counts_that_thing(
    prompt: str, answer: str, tested: str, other: str, typed: str, right: bool
):
    briefing, shown = _asked_about_one_fact(prompt, answer, tested, other)
    assert _verdict(briefing, shown, typed) is right


ACT = "He is held under the Mental Health Act, 1983."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("1983", False),
        ("mental health act 1983", True),
        ("mental health act, 1983", True),
    ],
)
def test_a_year_alone_never_names_what_a_name_dates(typed: str, right: bool):
    briefing, shown = _asked("Under which act is he held?", "the Mental Health Act, 1983", ACT)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("answer", "typed"), [("2019", "2019"), ("Section 4", "4")])
def test_a_year_or_number_that_is_the_answer_stays_right(answer: str, typed: str):
    assert is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("nasreen", True),
        ("nasreen khatun", True),
        ("khatun", False),
        ("ms khatun", False),
    ],
)
def test_a_title_ending_a_womans_name_is_no_surname(typed: str, right: bool):
    """ "Khatun", "Bibi", "Begum" follow a South Asian woman's given name as a title: she goes
    by the given name, and the title alone names nobody."""
    woman = Person("Nasreen Khatun", role="a villager")
    others = [woman, Person("Farid Uddin", role="a doctor")]
    assert is_correct(typed, "Nasreen Khatun", people=others) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("marawi", True),
        ("marawi lol", True),
        ("marawi i think", True),
        ("iligan lol", False),
        ("marawi or iligan", False),
    ],
)
def test_a_name_without_the_kind_asked_may_have_chat_after_it(typed: str, right: bool):
    asked = "In which city did the flood hit?"
    assert is_correct(typed, "Marawi City", context=asked) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("vs malawi", True),
        ("against malawi", True),
        ("versus malawi", True),
        ("vs zambia", False),
        ("vs malawi or zambia", False),
    ],
)
def test_an_opponent_named_as_a_fixture_names_it(typed: str, right: bool):
    assert is_correct(typed, "Malawi", context="Which team do Lesotho face next?") is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("okafor said it", True), ("okafor said that", True), ("lind said it", False)],
)
def test_a_speaker_said_to_have_said_it_is_the_speaker(typed: str, right: bool):
    people = [Person("Karim Okafor", role="coach"), Person("Tomas Lind", role="captain")]
    asked = 'Who said "We must stay calm"?'
    assert is_correct(typed, "Karim Okafor", people=people, context=asked) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("lost 30%", True),
        ("fell 30%", True),
        ("fell by 30%", True),
        ("dropped over 30 percent", True),
        ("rose 30%", False),
        ("up 30%", False),
        ("lost 12%", False),
        ("lost under 30%", False),
    ],
)
def test_a_number_said_to_go_the_way_the_question_asks_is_the_number(typed: str, right: bool):
    briefing, shown = _asked("By what percentage did the shares fall?", "over 30%", SLUMP)
    assert _verdict(briefing, shown, typed) is right


REASONS = ["The weather", "A lack of money", "The referee", "Injuries"]


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("because of a lack of money", True),
        ("bc lack of money", True),
        ("because they lacked money", True),  # the option in other forms (`option_stems`)
        ("because of the referee", False),
        ("cuz the weather", False),
    ],
)
def test_a_reason_typed_with_because_picks_its_option(typed: str, right: bool):
    briefing, shown = _choice("A lack of money", REASONS, "Why was the stadium never finished?")
    assert bool(_verdict(briefing, shown, typed)) is right


QUAKE = "A magnitude 6.4 earthquake hit eastern Turkey near the Iranian border on Sunday."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("6.4", True),
        ("6.4 in turkey", True),
        ("6.4 in türkiye", True),
        ("6.4 magnitude in turkey", True),
        ("6.4 in iran", False),
        ("6.4 magnitude in iran", False),
        ("6.4 in armenia", False),
    ],
)
def test_a_number_in_a_country_the_tested_fact_does_not_name_is_wrong(typed: str, right: bool):
    briefing, shown = _asked("What was the earthquake's magnitude?", "6.4", QUAKE)
    assert _verdict(briefing, shown, typed) is right


def test_turkey_is_a_country_by_the_name_the_news_uses():
    assert is_correct("turkey", "Türkiye")
    assert is_correct("türkiye", "Turkey")
    assert not is_correct("greece", "Turkey")


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("cebu city, philippines", True),
        ("cebu, philippines", True),
        ("cebu philippines", True),
        ("cebu, brazil", False),
        ("davao, philippines", False),
    ],
)
def test_a_city_with_its_country_asked_which_city(typed: str, right: bool):
    assert is_correct(typed, "Cebu City", context="In which city did the ferry dock?") is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("muhammad rahimi", True),
        ("mohamed rahimi", True),
        ("mohd rahimi", True),
        ("rahimi", True),
        ("ahmed rahimi", False),
        ("muhammad", False),
        ("muhammad karimi", False),
    ],
)
def test_muhammad_spelled_another_way_is_the_same_given_name(typed: str, right: bool):
    people = [Person("Mohammed Rahimi", role="minister"), Person("Ali Karimi", role="mayor")]
    asked = "Who is the minister?"
    assert is_correct(typed, "Mohammed Rahimi", people=people, context=asked) is right
