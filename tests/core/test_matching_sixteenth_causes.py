"""Causes the sixteenth phrasing set (benchmarks/matching_fifteenth.py) and the fifteenth
(benchmarks/matching_fourteenth.py) showed, each as a rule. False accepts first: a count of
people where the question counts things, of things where it counts people, or of another kind
of thing ("350 people" asked how many homes, "10 ships" asked how many people, "4 schools"
asked how many homes), words of one kind still right ("82 houses", "5 games"); money in its
main unit for a sum in cents ("$53" for 53 cents) while the same sum in the other unit is right
("$0.53", "131 cents" for $1.31); a score typed with both teams' goals names its winner ("ghana
2 nigeria 1" where Nigeria won). The phrasings, names and facts are invented for these tests
(none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

GALE = "The gale flattened 120 houses on the plain, where 40 farmers had to leave."


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("How many houses did the gale flatten?", "120", "120 people", False),
        ("How many houses did the gale flatten?", "120", "120 ppl", False),
        ("How many houses did the gale flatten?", "120", "120 schools", False),
        ("How many houses did the gale flatten?", "120", "120 homes", True),
        ("How many houses did the gale flatten?", "120", "120", True),
        ("How many farmers had to leave?", "40", "40 trucks", False),
        ("How many farmers had to leave?", "40", "40 islands", False),
        ("How many farmers had to leave?", "40", "40 people", True),
        ("How many farmers had to leave?", "40", "40 residents", True),
        ("How many were evacuated?", "40", "40 boats", False),
        ("How many were evacuated?", "40", "40 people", True),
    ],
)
def test_people_for_things_things_for_people_or_another_kind_are_wrong(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, GALE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("prompt", "typed"),
    [
        ("How many homes were damaged?", "120 houses"),
        ("How many matches did they go without a win?", "120 games"),
        ("How many league titles have they won?", "120 trophies"),
        ("How many finals were left?", "120 games"),  # "finals" is in no table: not read
    ],
)
def test_words_of_one_kind_or_outside_the_tables_stay_right(prompt: str, typed: str):
    briefing, shown = _asked(prompt, "120", GALE)
    assert _verdict(briefing, shown, typed) is True


TRADE = "Shares of the lender closed at $8.40 after it earned 53 cents a share."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("53 cents", "$53", False),
        ("53 cents", "53 dollars", False),
        ("53 cents", "$0.53", True),
        ("53 cents", "53c", True),
        ("53 cents", "53 cts", True),
        ("53 cents", "53", True),
        ("53 cents", "not 53 cents", False),
        ("one cent", "$1", False),
        ("one cent", "a penny", True),
        ("one cent", "$0.01", True),
        ("$8.40", "840 cents", True),
        ("$8.40", "84 cents", False),
    ],
)
def test_money_in_dollars_or_cents_is_compared_by_its_worth(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much?", answer, TRADE)
    assert _verdict(briefing, shown, typed) is right


def test_a_sum_in_millions_keeps_its_own_reading():
    briefing, shown = _asked("How much did it raise?", "$422 million", TRADE)
    assert _verdict(briefing, shown, "$422m") is True
    assert _verdict(briefing, shown, "422 million euros") is False


FINAL = "Norland beat Sudria 3-1 in the final at the river stadium."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("norland 3 sudria 1", True),
        ("sudria 1 norland 3", True),
        ("sudria 3 norland 1", False),
        ("norland 1 sudria 3", False),
        ("norland 3-1 sudria", True),
        ("sudria 3-1 norland", False),
        ("3-1", True),
    ],
)
def test_a_score_with_both_teams_goals_names_its_winner(typed: str, right: bool):
    briefing, shown = _asked("What was the score of the final?", "3-1", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Niger", "nigera", False),  # Nigeria with a letter dropped, not Niger with one added
        ("Niger", "nigr", True),
        ("Niger", "niger", True),
        ("Nigeria", "nigera", True),
        ("Nigeria", "niger", False),
    ],
)
def test_a_slip_nearer_another_countrys_name_names_that_country(
    answer: str, typed: str, right: bool
):
    briefing, shown = _asked("In which country did they lose?", answer, FINAL)
    assert _verdict(briefing, shown, typed) is right


PLAYERS = ["Tomas Verhoef", "Ilse Baptiste", "Kofi Mensah", "Ruth Okafor"]


def _who(prompt: str):
    return _asked(prompt, "Kofi Mensah", FINAL, kind="choice", choices=PLAYERS)


@pytest.mark.parametrize("typed", ["kofi", "Kofi", "ilse", "kofi i think"])
def test_a_given_name_alone_of_a_named_option_asks_again_when_asked_who(typed: str):
    briefing, shown = _who("Who took the corner for the winner?")
    assert _verdict(briefing, shown, typed) is None


@pytest.mark.parametrize(
    ("typed", "right"), [("mensah", True), ("kofi mensah", True), ("okafor", False)]
)
def test_a_named_options_surname_or_full_name_still_picks(typed: str, right: bool):
    briefing, shown = _who("Who took the corner for the winner?")
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("2", "tow", True),
        ("2", "twoo", True),
        ("6", "sixe", True),
        ("6", "sixx", True),
        ("16", "sixteeen", True),
        ("10", "tenn", True),
        ("2", "six", False),
        ("4", "for", False),  # a word of its own, not four slipped
        ("10", "teen", False),
    ],
)
def test_a_number_word_with_a_letter_doubled_added_or_swapped(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How many barns burned?", answer, FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("harwell", True),
        ("Harwell", True),
        ("harwel", True),
        ("harwell tx", True),
        ("harwell, texas", True),
        ("harwell texas usa", True),
        ("harwell oklahoma", False),
        ("harwell, ok", False),
        ("denton", False),
    ],
)
def test_a_place_asked_with_its_state_is_right_alone_or_with_that_state(typed: str, right: bool):
    briefing, shown = _asked(
        "In which city did the man drown?", "Harwell, Texas", "A man drowned in Harwell, Texas."
    )
    assert _verdict(briefing, shown, typed) is right


def test_a_place_with_its_country_is_right_alone_but_not_with_another_country():
    briefing, shown = _asked("Where was the final?", "Lomé, Togo", "The final was in Lomé, Togo.")
    assert _verdict(briefing, shown, "lome") is True
    assert _verdict(briefing, shown, "lome usa") is False
    assert _verdict(briefing, shown, "lome ghana") is False


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("Which general did the drone kill?", "okonkwo", True),
        ("Which Iranian commander did the drone kill?", "okonkwo", True),
        ("Which analyst said it?", "okonkwo", True),
        ("Which Iranian commander did the drone kill?", "okonkow", True),
        ("Which Iranian commander did the drone kill?", "emeka", False),
        ("Which Iranian commander did the drone kill?", "mensah", False),
    ],
)
def test_a_surname_is_right_where_the_question_asks_which_person_of_a_role(
    prompt: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, "Emeka Okonkwo", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("24 pour cent", True),
        ("24 prct", True),
        ("24 prcnt", True),
        ("24 pct", True),
        ("42 pour cent", False),
        ("24 pour", False),
    ],
)
def test_a_percentage_in_french_or_cut_short(typed: str, right: bool):
    briefing, shown = _asked("By how much did gains rise?", "24%", TRADE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("12", "a dozen", True),
        ("12", "dozen", True),
        ("12", "une douzaine", True),
        ("12", "a dozen barns", True),
        ("2", "a brace", True),
        ("2", "twice", True),
        ("2", "2x", True),
        ("3", "twice", False),
        ("10", "a dozen", False),
        ("0", "nobody", True),
        ("0", "no one", True),
        ("0", "noone", True),
        ("0", "zip", True),
        ("1", "no one", False),
    ],
)
def test_words_that_say_a_count_or_nobody(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How many were hurt?", answer, FINAL)
    assert _verdict(briefing, shown, typed) is right


def test_twice_is_no_ordinal():
    briefing, shown = _asked("Which of his goals was it?", "his second", FINAL)
    assert _verdict(briefing, shown, "twice") is False
    assert _verdict(briefing, shown, "second") is True


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Togo", "au togo", True),
        ("Oklahoma", "en oklahoma", True),
        ("Togo", "au ghana", False),
        ("Hays County", "le comté de hays", True),
        ("Hays County", "comté de hays", True),
        ("Hays County", "comté de travis", False),
        ("the Blanco River", "la rivière blanco", True),
        ("Baghdad airport", "l'aéroport de bagdad", True),
        ("Baghdad airport", "l'aéroport d'erbil", False),
    ],
)
def test_a_place_in_french_with_its_preposition_or_kind(answer: str, typed: str, right: bool):
    briefing, shown = _asked("Where was it?", answer, FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("About how many barns burned?", "nearly 1000", True),
        ("About how many barns burned?", "almost 1,000", True),
        ("About how many barns burned?", "roughly 1000", True),
        ("About how many barns burned?", "nearly 2000", False),
        ("At least how many barns burned?", "over 1000", True),
        ("At least how many barns burned?", "more than 1000", True),
        ("At least how many barns burned?", "under 1000", False),
    ],
)
def test_an_approximate_count_said_as_the_question_asks_it(prompt: str, typed: str, right: bool):
    briefing, shown = _asked(prompt, "1,000", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("25 miles", "40 km", True),
        ("25 miles", "about 40 kilometres", True),
        ("25 miles", "25 km", False),
        ("25 miles", "30 km", False),
        ("460 kilometres", "286 miles", True),
        ("460 kilometres", "286 mi", True),
        ("460 kilometres", "460 miles", False),
        ("8 metres", "26 feet", True),
        ("8 metres", "8 feet", False),
        ("100 kg", "220 lbs", True),
    ],
)
def test_a_length_or_mass_in_another_unit_is_compared_once_converted(
    answer: str, typed: str, right: bool
):
    briefing, shown = _asked("How far was it?", answer, FINAL)
    assert _verdict(briefing, shown, typed) is right


MINE = "Twelve workers were hurt at the mine in Harlow, a province of Westmark."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("harlow", True),
        ("harlow westmark", True),
        ("harlow, westmark", True),
        ("harlow eastmark", False),
    ],
)
def test_a_place_with_the_larger_place_its_sentence_gives_after_a_comma(typed: str, right: bool):
    briefing, shown = _asked("In which province was the mine?", "Harlow", MINE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("irving, texas, usa", True), ("irving texas usa", True), ("irving, ohio, usa", False)],
)
def test_a_us_town_with_its_state_and_the_country(typed: str, right: bool):
    briefing, shown = _asked("In which city was it?", "Irving", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("prime minister of the nrc", True),
        ("nrc prime minister", True),
        ("nrc pm", True),
        ("pm of the nrc", True),
        ("northern regional council prime minister", True),
        ("prime minister", False),
        ("nrc president", False),
        ("president of the nrc", False),
    ],
)
def test_a_role_with_a_long_names_initials_a_short_title_or_said_the_other_way_round(
    typed: str, right: bool
):
    briefing, shown = _asked(
        "What post does he hold?", "prime minister of the Northern Regional Council", FINAL
    )
    assert _verdict(briefing, shown, typed) is right


def test_a_name_with_of_is_not_turned_round():
    briefing, shown = _asked("Which bank?", "Bank of Westmark", FINAL)
    assert _verdict(briefing, shown, "westmark bank") is False


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("trois à un", True),
        ("trois a un", True),
        ("deux à un", False),
        ("3-1 win", True),
        ("3-1 victory", True),
        ("1-3 win", False),
    ],
)
def test_a_score_in_french_or_with_win_after_it(typed: str, right: bool):
    briefing, shown = _asked("What was the score of the final?", "3-1", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("okonkwo", True), ("okonkwa", True), ("okonkwoo", True), ("okonkw", True), ("okafor", False)],
)
def test_a_surname_of_six_letters_or_more_with_one_letter_wrong(typed: str, right: bool):
    briefing, shown = _asked("Which general did the drone kill?", "Emeka Okonkwo", FINAL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("By what percentage did revenue rise?", "up 3%", True),
        ("By what percentage did revenue rise?", "down 3%", False),
        ("By what percentage did the shares fall?", "down 3%", True),
        ("By what percentage did the shares fall?", "up 3%", False),
    ],
)
def test_up_or_down_as_the_question_asks_how_much_it_rose_or_fell(
    prompt: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, "3%", TRADE)
    assert _verdict(briefing, shown, typed) is right
