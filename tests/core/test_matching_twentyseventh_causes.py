"""Causes the twenty-seventh phrasing set (benchmarks/matching_twentyseventh.py) showed, each as a
rule. The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.verdicts import read_verdict
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

SPICE = (
    "Growers who got Rs 60-75 per kg last year are paid Rs 30-35 now, while pickers earn Rs 250 "
    "a day and a trader in Dhankuta pays KD 12 a sack."
)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Rs 250", "250 rupees", True),  # the currency's word where the answer writes its code
        ("Rs 250", "two hundred fifty rupees", True),
        ("Rs 250", "250 rupee", True),
        ("Rs 250", "rupees 250", True),
        ("Rs 250", "250", True),
        ("Rs 250", "rs 250", True),
        ("Rs 250", "250 dollars", False),
        ("Rs 250", "$250", False),
        ("Rs 250", "25 rupees", False),
        ("Rs 250", "250 riyals", False),
        ("KD 12", "12 dinars", True),
        ("KD 12", "12 dirhams", False),
        ("KD 12", "21 dinars", False),
    ],
)
def test_a_currency_typed_by_its_word_where_the_answer_writes_its_code(
    answer: str, typed: str, right: bool
):
    briefing, shown = _asked("How much?", answer, SPICE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Rs 30-35", "rs 30 to 35", True),  # a range the answer writes with a dash
        ("Rs 30-35", "30 to 35 rupees", True),
        ("Rs 30-35", "thirty to thirty five rupees", True),
        ("Rs 30-35", "between 30 and 35", True),
        ("Rs 30-35", "from 30 to 35", True),
        ("Rs 30-35", "30-35", True),
        ("Rs 30-35", "30 to 36", False),
        ("Rs 30-35", "30", False),  # one end
        ("Rs 30-35", "35", False),
        ("Rs 30-35", "$30 to 35", False),  # another currency
        ("Rs 30-35", "between 30 and 35 dollars", False),
        ("Rs 30-35", "rs 60 to 75", False),
        ("8-10%", "8 to 10%", True),
        ("8-10%", "between 8 and 10 percent", True),
        ("8-10%", "8 to 12%", False),
        ("3-1", "1 to 3", False),  # a score, not a range: the larger number first
    ],
)
def test_a_range_typed_with_to_where_the_answer_writes_a_dash(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much?", answer, SPICE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("12 por ciento", True),
        ("12 por cento", True),
        ("12 por cien", True),
        ("12 pour cent", True),
        ("21 por ciento", False),
        ("12", True),
    ],
)
def test_per_cent_in_spanish_and_portuguese_after_digits(typed: str, right: bool):
    briefing, shown = _asked("By how much did sales fall?", "12%", "Sales fell by 12%.")
    assert _verdict(briefing, shown, typed) is right


DEPOT = (
    "Nine City Council cars were burnt at the depot, and four homes were damaged on the coast road."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("9 cars", True),  # the thing the question counts after words that describe it
        ("nine cars", True),
        ("9 vehicles", True),
        ("9", True),
        ("9 homes", False),
        ("9 people", False),
        ("4 cars", False),
    ],
)
def test_a_count_whose_question_names_the_thing_after_other_words(typed: str, right: bool):
    briefing, shown = _asked("How many City Council cars were burnt at the depot?", "9", DEPOT)
    assert _verdict(briefing, shown, typed) is right


RECORD = "In 20 games in charge, the coach has 6 wins, 9 defeats and 5 draws."


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("How many games has the coach won?", "6", "6 wins", True),
        ("How many games has the coach won?", "6", "6 victories", True),
        ("How many games has the coach won?", "6", "6 games", True),
        ("How many games has the coach won?", "6", "6 draws", False),
        ("How many games has the coach won?", "6", "6 goals", False),
        ("How many games has the coach won?", "6", "9 wins", False),
        ("How many games did the coach win?", "6", "6 wins", True),
        ("How many games ended in a draw?", "5", "5 wins", False),  # wins are no draws
        ("How many games without a win did he end?", "5", "5 wins", False),
        ("How many matches without a win did the club end?", "five", "5 wins", False),
        ("In how many games was he in charge?", "20", "20 wins", False),
    ],
)
def test_wins_typed_where_the_question_counts_games_won(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, RECORD)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("verdade", True), ("verdadeiro", True), ("falso", False), ("não", False)],
)
def test_true_in_portuguese(typed: str, verdict: bool):
    assert read_verdict(typed) is verdict


STRIKE = (
    "On Friday the Northern Bus Drivers Union (Nobdu) called a strike, and the Harbour Board "
    "met drivers in Port Vale (Eastside) on Monday."
)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Nobdu", "northern bus drivers union", True),  # the name it gives before the brackets
        ("Nobdu", "the northern bus drivers union", True),
        ("Nobdu", "NOBDU", True),
        ("Nobdu", "northern bus drivers", False),
        ("Nobdu", "the harbour board", False),
        ("Nobdu", "southern bus drivers union", False),
        ("Eastside", "port vale", False),  # a place beside it in brackets is no name of it
    ],
)
def test_a_bodys_full_name_where_the_briefing_gives_the_answer_in_brackets(
    answer: str, typed: str, right: bool
):
    briefing, shown = _asked("Which body called the strike?", answer, STRIKE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the rice farmer", True),  # the role's head before "from"
        ("the farmer", True),
        ("it was the farmer", True),
        ("a farmer from tarsi", True),
        ("the trader", False),  # the other speaker's role
        ("tarsi", False),
        ("the rice", False),
    ],
)
def test_a_speaker_named_by_a_role_that_says_where_they_are_from(typed: str, right: bool):
    briefing, shown = _asked("Who said it?", "Omar Belu", "Omar Belu said prices fell.")
    people = [
        briefing.figures[0].model_copy(
            update={"id": "omar-belu", "name": "Omar Belu", "role": "Rice farmer from Tarsi"}
        ),
        briefing.figures[0].model_copy(
            update={"id": "ada-kon", "name": "Ada Kon", "role": "Trader at the Tarsi market"}
        ),
    ]
    briefing = briefing.model_copy(update={"figures": people})
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("In which month did it open?", "June", "pas juillet, juin", True),  # a French aside
        ("In which month did it open?", "June", "juin, pas juillet", True),
        ("In which month did it open?", "June", "no julio, junio", True),
        ("In which month did it open?", "June", "pas juin, juillet", False),
        ("In which month did it open?", "June", "juillet, pas juin", False),
        ("In which month did it open?", "June", "juin, juillet", False),
        ("On which day did it open?", "Tuesday", "pas lundi, mardi", True),
        ("On which day did it open?", "Tuesday", "pas mardi, lundi", False),
    ],
)
def test_a_month_or_weekday_in_another_language_beside_one_it_denies(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, "The market opened on Tuesday 3 June.")
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Rs 35", "35 per kg", True),  # the question's "per kg": what the price is for
        ("Rs 35", "35/kg", True),
        ("Rs 35", "35 a kg", True),
        ("Rs 35-40", "35-40 per kg", True),
        ("Rs 35", "35 kg", False),  # a weight for a price
        ("Rs 35", "45 per kg", False),
        ("Rs 35", "$35 per kg", False),
        ("£88", "88 lbs", False),
    ],
)
def test_a_price_typed_with_what_it_is_for(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much per kg do growers get?", answer, SPICE)
    assert _verdict(briefing, shown, typed) is right


FERRY = (
    "Blue Harbour Ferry Services cancelled its sailings; two Blue Harbour boats stayed in port, "
    "and the New York Times, South African police and the Tarsi County Relief Agency reported it "
    "in Tarsi County; Ada Kon Bay Services said Ada Kon would sail."
)


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("Which company cancelled?", "Blue Harbour Ferry Services", "blue harbour", True),
        ("Which company cancelled?", "Blue Harbour Ferry Services", "blueharbour", True),
        ("Which company cancelled?", "Blue Harbour Ferry Services", "blue harbor", True),
        ("Which company cancelled?", "Blue Harbour Ferry Services", "blue", False),
        ("Which company cancelled?", "Blue Harbour Ferry Services", "red harbour", False),
        ("Which company cancelled?", "Blue Harbour Ferry Services", "ocean star", False),
        ("Which paper reported?", "New York Times", "new york", False),  # a place of its own
        ("Which agency reported?", "Tarsi County Relief Agency", "tarsi county", False),
        ("Which company cancelled?", "Ada Kon Bay Services", "ada kon", True),
        ("Who cancelled?", "Blue Harbour Ferry Services", "blue harbour", False),  # no body asked
    ],
)
def test_a_bodys_name_cut_to_the_words_the_briefing_calls_it_by(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, FERRY)
    assert _verdict(briefing, shown, typed) is right


BUDGET = (
    "Tarsi County, Montana, passed its budget, and the mayor of Elm Heights, California, spoke."
)


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("Which county passed the budget?", "Tarsi County", "tarsi county, mt", True),
        ("Which county passed the budget?", "Tarsi County", "tarsi county, mont.", True),
        ("Which county passed the budget?", "Tarsi County", "tarsi county, wy", False),
        ("Which county passed the budget?", "Tarsi County", "tarsi county, ok", False),
        ("Which town's mayor spoke?", "Elm Heights", "elm heights, calif.", True),
        ("Which town's mayor spoke?", "Elm Heights", "elm heights calif.", True),
        ("Which town's mayor spoke?", "Elm Heights", "elm heights, ore.", False),
    ],
)
def test_a_us_state_shortened_after_the_place_the_briefing_puts_in_it(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, BUDGET)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("motorbike", True),  # the answer's last word is the kind the question asks of
        ("motor-bike", True),
        ("motorbike taxis", True),
        ("minibus", False),
        ("taxis", False),
    ],
)
def test_an_answer_without_the_word_a_kind_of_question_asks_for(typed: str, right: bool):
    briefing, shown = _asked(
        "What kind of taxis went on strike?",
        "Motorbike taxis",
        "Motorbike taxis went on strike; minibus drivers did not.",
    )
    assert _verdict(briefing, shown, typed) is right
