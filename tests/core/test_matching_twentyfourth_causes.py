"""Causes the twenty-fourth phrasing set (benchmarks/matching_twentyfourth.py) showed, each as a
rule: Vietnam's dong is a currency and a sum the article gives in brackets in another currency is
right too ("$610" where it says "12.8 million dong (610 US dollars)"), while that currency's
sign on the other figure is wrong; a rate's "a hectare" may be said "per hectare" or left out.
The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.verdicts import read_verdict
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

COFFEE = (
    "Tran Thi Lan sold her coffee beans for a profit of 12.8 million dong (610 US dollars), "
    "at 3,700 dong a kilo; her farm yields 3 tonnes a hectare."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("12.8 million dong", True),
        ("12.8 million VND", True),
        ("VND12.8 million", True),
        ("12.8m vnd", True),
        ("$610", True),
        ("610 usd", True),
        ("610 dollars", True),
        ("12.8 million dong ($610)", True),
        ("$12.8 million", False),  # the dong figure in dollars
        ("12.8 million dollars", False),
        ("610 dong", False),
        ("610 euros", False),
        ("€12.8 million", False),
    ],
)
def test_a_sum_is_right_in_either_currency_the_article_gives(typed: str, right: bool):
    briefing, shown = _asked("How much profit did she make?", "12.8 million dong", COFFEE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3,700 dong", True),
        ("3700 vnd", True),
        ("3700 ₫", True),
        ("$3,700", False),
        ("3700 euros", False),
    ],
)
def test_the_dong_is_a_currency(typed: str, right: bool):
    briefing, shown = _asked("At what price did she sell a kilo?", "3,700 dong", COFFEE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3 tonnes a hectare", True),
        ("3 tonnes per hectare", True),
        ("three tonnes per ha", True),
        ("3 tonnes", True),
        ("3", True),
        ("3 kg per hectare", False),
        ("4 tonnes per hectare", False),
        ("3 tonnes per acre", False),
    ],
)
def test_a_rate_is_right_said_per_unit_or_without_it(typed: str, right: bool):
    briefing, shown = _asked("What does her farm yield?", "3 tonnes a hectare", COFFEE)
    assert _verdict(briefing, shown, typed) is right


BOATS = "The boats stayed in the harbour for a full week before the storm passed."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("a full week", True),
        ("a week", True),
        ("1 week", True),
        ("7 days", True),
        ("seven days", True),
        ("a whole week", True),
        ("an entire week", True),
        ("2 weeks", False),
        ("a day", False),
        ("a full month", False),
    ],
)
def test_a_full_week_is_a_week(typed: str, right: bool):
    briefing, shown = _asked(
        "For how long did the boats stay in the harbour?", "A full week", BOATS
    )
    assert _verdict(briefing, shown, typed) is right


COURT = (
    "Senior State Counsel Maria Okafor appeared for the state; Senior Counsel John Reed defended."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("senior state counsel", True),
        ("state counsel", True),
        ("state councel", True),
        ("shes a state counsel", True),
        ("senior counsel", False),  # another rank, John Reed's
        ("counsel", False),
        ("deputy state counsel", False),  # another post
        ("assistant state counsel", False),
        ("state", False),
    ],
)
def test_a_grade_word_of_the_same_office_may_be_left_out(typed: str, right: bool):
    briefing, shown = _asked("What is Maria Okafor's title?", "Senior State Counsel", COURT)
    assert _verdict(briefing, shown, typed) is right


HARBOUR = "The ship docked in Kingston, the capital of Jamaica, on Monday."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("kingston", True),
        ("kngston", True),
        ("kinston", True),  # a slip: the town of that name is no capital
        ("in kingston", True),
        ("kingstown", False),  # St Vincent's capital
        ("Kingstown", False),
        ("kingstown i think", False),
        ("montego bay", False),
    ],
)
def test_another_capital_is_never_a_slip_of_the_capital_asked(typed: str, right: bool):
    briefing, shown = _asked("Which capital did the ship dock in?", "Kingston", HARBOUR)
    assert _verdict(briefing, shown, typed) is right


MARKET = "Fire razed the Oja market in Ikare, a town of Ondo State."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("ondo state", True),
        ("ondo state nigeria", True),
        ("ondo state, nigeria", True),
        ("ondo state in nigeria", True),
        ("ondo state ghana", False),
        ("ondo state, kenya", False),
        ("lagos state nigeria", False),
    ],
)
def test_the_country_of_the_questions_people_word_may_follow_the_answer(typed: str, right: bool):
    briefing, shown = _asked("Which Nigerian state is Ikare in?", "Ondo State", MARKET)
    assert _verdict(briefing, shown, typed) is right


ISLAND = "The ferry to Hydra was cancelled."


@pytest.mark.parametrize(
    ("typed", "right"),
    [("greece", True), ("greek", True), ("the greeks", True), ("turkey", False)],
)
def test_the_greek_people_name_greece(typed: str, right: bool):
    briefing, shown = _asked("In which country is Hydra?", "Greece", ISLAND)
    assert _verdict(briefing, shown, typed) is right


WIRE = "The mayor told the Associated Press the port would reopen; Reuters had reported it first."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the associated press", True),
        ("AP", True),
        ("ap", True),
        ("the ap", True),
        ("reuters", False),
        ("pa", False),
        ("afp", False),
    ],
)
def test_a_body_of_two_words_is_right_by_its_two_initials(typed: str, right: bool):
    briefing, shown = _asked(
        "Which news agency did the mayor speak to?", "The Associated Press", WIRE
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("the associated press", True), ("ap", False)])
def test_two_initials_are_read_only_where_a_body_is_asked_for(typed: str, right: bool):
    briefing, shown = _asked("Who did the mayor speak to?", "The Associated Press", WIRE)
    assert _verdict(briefing, shown, typed) is right


ALERT = "Residents were warned by text message before the storm; sirens failed."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("text msg", True),
        ("sms", True),
        ("by sms", True),
        ("via text", True),
        ("c", False),
        ("by radio", False),
    ],
)
def test_a_text_message_is_right_as_sms_or_text_msg(typed: str, right: bool):
    briefing, shown = _asked(
        "How were residents warned?",
        "By text message",
        ALERT,
        kind="choice",
        choices=["By radio", "By sirens", "By text message", "Door to door"],
    )
    assert _verdict(briefing, shown, typed) is right


PORT = (
    "Tran Van Long, a trader at the port, said prices doubled; Tran Thi Mai, director of the "
    "port authority, said ships were waiting."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tran van long", True),
        ("long", True),  # a Vietnamese name's bearer goes by its last word
        ("mr long", True),
        ("tran", False),  # the family name both share
        ("mai", False),  # the other person
    ],
)
def test_a_vietnamese_name_is_said_by_its_last_word(typed: str, right: bool):
    briefing, shown = _asked("Which trader said prices doubled?", "Tran Van Long", PORT)
    assert _verdict(briefing, shown, typed) is right


RIVER = "The river peaked on Monday, a record it set last week; the count was made last weekend."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("segunda-feira", True),  # Portuguese
        ("segunda feira", True),
        ("lunes", True),
        ("terça-feira", False),
        ("segunda", False),  # "second", without "feira"
    ],
)
def test_a_weekday_in_portuguese(typed: str, right: bool):
    briefing, shown = _asked("On which day did the river peak?", "Monday", RIVER)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("la semaine dernière", True),
        ("la semana pasada", True),
        ("semana passada", True),
        ("le mois dernier", False),
        ("last weekend", False),
    ],
)
def test_last_week_in_french_spanish_and_portuguese(typed: str, right: bool):
    briefing, shown = _asked("When did the river set its record?", "Last week", RIVER)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("last wknd", True),
        ("the weekend before", True),
        ("le week-end dernier", True),
        ("el fin de semana pasado", True),
        ("last week", False),
        ("next weekend", False),
    ],
)
def test_last_weekend_said_another_way(typed: str, right: bool):
    briefing, shown = _asked("When was the count made?", "Last weekend", RIVER)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("verdadeiro", True), ("cierto", True), ("certo", True), ("falsa", False), ("errado", False)],
)
def test_true_and_false_in_spanish_and_portuguese(typed: str, verdict: bool):
    assert read_verdict(typed) is verdict


SUMMIT = (
    "President Tavo greeted the ministers. President Joao Tavo da Costa opened the summit, "
    "and Joao Mendes, his deputy, closed it."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("joao tavo da costa", True),
        ("tavo", True),  # the briefing calls him President Tavo
        ("tavo da costa", True),
        ("joao", False),  # his given name, and his deputy's
        ("mendes", False),
        ("costa", False),
    ],
)
def test_the_name_a_briefing_uses_after_a_title_is_the_persons(typed: str, right: bool):
    briefing, shown = _asked("Who opened the summit?", "Joao Tavo da Costa", SUMMIT)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("tavo", False), ("joao tavo da costa", True)])
def test_a_word_of_the_name_the_briefing_never_uses_alone_stays_wrong(typed: str, right: bool):
    plain = "President Joao Tavo da Costa opened the summit."
    briefing, shown = _asked("Who opened the summit?", "Joao Tavo da Costa", plain)
    assert _verdict(briefing, shown, typed) is right


HARVEST = "The cooperative harvested 1.2 million hectares over three weeks, 7 tonnes a hectare."


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("How many hectares were harvested?", "1.2 million", "1,2 millones de hectáreas", True),
        ("How many hectares were harvested?", "1.2 million", "1,2 milhões", True),
        ("How many hectares were harvested?", "1.2 million", "2,1 millones", False),
        ("How long did the harvest take?", "Three weeks", "tres semanas", True),
        ("How long did the harvest take?", "Three weeks", "três semanas", True),
        ("How long did the harvest take?", "Three weeks", "dos semanas", False),
        ("What was the yield?", "7 tonnes a hectare", "siete toneladas por hectárea", True),
        ("What was the yield?", "7 tonnes a hectare", "sete toneladas", True),
        ("What was the yield?", "7 tonnes a hectare", "ocho toneladas", False),
    ],
)
def test_numbers_and_units_in_spanish_and_portuguese(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, HARVEST)
    assert _verdict(briefing, shown, typed) is right


PLOT = "She farmed 0.6 hectares and her neighbour 6 hectares."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("0.6 hectares", ".6 ha", True),
        ("0.6 hectares", ".6", True),
        ("0.6 hectares", "6 ha", False),
        ("6 hectares", ".6 ha", False),  # was read as 6
        ("6 hectares", "6 ha", True),
    ],
)
def test_a_decimal_without_its_leading_zero(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much land did she farm?", answer, PLOT)
    assert _verdict(briefing, shown, typed) is right


EARNINGS = "The bank earned 47 cents a share."


@pytest.mark.parametrize(
    ("typed", "right"),
    [("47 cents", True), ("0.47", True), (".47", True), ("$.47", True), (".74", False)],
)
def test_a_bare_part_of_one_is_a_price_in_cents(typed: str, right: bool):
    briefing, shown = _asked("What did the bank earn per share?", "47 cents", EARNINGS)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3,500-3,900 vnd", True),  # a dashed range and the currency's code together
        ("3500–3900 VND a kilo", True),
        ("3500-3900 usd", False),
        ("3900-4200 vnd", False),
    ],
)
def test_a_dashed_range_with_a_currency_code(typed: str, right: bool):
    fact = "A month earlier beans sold for 3,500 to 3,900 dong a kilo."
    briefing, shown = _asked(
        "What did beans sell for a month earlier?", "3,500 to 3,900 dong a kilo", fact
    )
    assert _verdict(briefing, shown, typed) is right
