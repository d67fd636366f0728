"""Causes the twenty-third phrasing set (benchmarks/matching_twentythird.py) showed, each as a
rule: an answer opening with the "in the" or "at a" that says when or where is right without it
("evening" for "In the evening"), and a name written with its initials in brackets is right by
either ("Lake Transport Authority" or "LTA" for "Lake Transport Authority (LTA)"). The phrasings,
names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

COUNCIL = "The council met in the evening; the ferry was moored at a jetty near the market."
FERRY = "The Lake Transport Authority (LTA) and the Lake Police Unit (LPU) ran the ferries."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("evening", True),
        ("Evening", True),
        ("the evening", True),
        ("evening lol", True),
        ("in the evening", True),
        ("morning", False),
        ("in the morning", False),
        ("the afternoon", False),
    ],
)
def test_a_part_of_the_day_is_right_without_in_the(typed: str, right: bool):
    briefing, shown = _asked("At what time of day did the council meet?", "In the evening", COUNCIL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("jetty", True),
        ("a jetty", True),
        ("the jetty", True),
        ("at the jetty", True),
        ("the market", False),
        ("a beach", False),
    ],
)
def test_a_place_is_right_without_at_a(typed: str, right: bool):
    briefing, shown = _asked("Where was the ferry moored?", "At a jetty", COUNCIL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Lake Transport Authority", True),
        ("lake transport authority", True),
        ("the lake transport authority", True),
        ("LTA", True),
        ("lta", True),
        ("the lta", True),
        ("Lake Transport Authority (LTA)", True),
        ("lake police unit", False),
        ("lpu", False),
        ("lake transport police", False),
        ("lta or lpu", False),
    ],
)
def test_a_name_is_right_by_its_words_or_its_initials_in_brackets(typed: str, right: bool):
    briefing, shown = _asked(
        "Which body ran the ferries besides the police?", "Lake Transport Authority (LTA)", FERRY
    )
    assert _verdict(briefing, shown, typed) is right


MARKET = "The fire at the fish market began around 12pm and burned until the evening."
CURFEW = "The curfew began at 12am and the shops shut an hour before it."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("noon", True),
        ("midday", True),
        ("12 noon", True),
        ("about noon", True),
        ("mid-day", True),
        ("midnight", False),
        ("12 midnight", False),
        ("noon or 1pm", False),
    ],
)
def test_noon_and_midday_are_12_pm(typed: str, right: bool):
    briefing, shown = _asked("At about what time did the fire begin?", "12pm", MARKET)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("midnight", True), ("noon", False)])
def test_midnight_is_12_am(typed: str, right: bool):
    briefing, shown = _asked("At what time did the curfew begin?", "12am", CURFEW)
    assert _verdict(briefing, shown, typed) is right


SPORTS = "Commissioner Ada Oru, the state's Commissioner for Sport and Culture, opened the pool."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("commissioner", True),
        ("the commissioner", True),
        ("sport commissioner", True),
        ("commissioner for sport", True),
        ("hes the sport and culture commissioner", True),
        ("commissioner for health", False),
        ("commissioner of police", False),
        ("deputy commissioner for sport", False),
        ("governor", False),
    ],
)
def test_a_title_for_a_portfolio_is_right_without_it(typed: str, right: bool):
    briefing, shown = _asked(
        "What is Ada Oru's position?", "Commissioner for Sport and Culture", SPORTS
    )
    assert _verdict(briefing, shown, typed) is right


RESERVE = "The town keeps a reserve of five to seven percent of its budget."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("5-7%", True),
        ("5 - 7 %", True),
        ("5–7%", True),
        ("5%-7%", True),
        ("about 5-7%", True),
        ("5-7 percent", True),
        ("5 to 7%", True),
        ("5-8%", False),
        ("1-7%", False),
        ("50-70%", False),
        ("5-7 dollars", False),
    ],
)
def test_a_range_with_a_dash_is_the_range_said_with_to(typed: str, right: bool):
    briefing, shown = _asked("How big a reserve does the town keep?", "5 to 7 percent", RESERVE)
    assert _verdict(briefing, shown, typed) is right


LEVY = "The value of the town's levies fell by $2,500, so the council moved its funds around."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("2500", True),
        ("$2500", True),
        ("2500 dollars", True),
        ("2500 usd", True),
        ("2.5k", True),
        ("2500 levies", False),
        ("2,500 levies", False),
        ("2500 euros", False),
    ],
)
def test_a_count_of_the_questions_thing_is_no_sum_of_money(typed: str, right: bool):
    briefing, shown = _asked("By how much did the value of the levies fall?", "$2,500", LEVY)
    assert _verdict(briefing, shown, typed) is right


CHIEF = "Major General Lina Soto leads the coast guard; the Port Development Board funds it."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("maj gen", True),
        ("maj. gen.", True),
        ("Maj. Gen", True),
        ("gen", False),
        ("maj", False),
        ("lt gen", False),
    ],
)
def test_a_rank_cut_short_is_the_rank(typed: str, right: bool):
    briefing, shown = _asked("What is Lina Soto's rank?", "Major General", CHIEF)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("port dev board", True), ("port development board", True), ("port dev bank", False)],
)
def test_dev_is_development_where_the_answer_says_it(typed: str, right: bool):
    briefing, shown = _asked("Which board funds the coast guard?", "Port Development Board", CHIEF)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"), [("1.31 per share", True), ("$1.31", True), ("1.31 shares", False)]
)
def test_a_sum_per_thing_stays_a_sum(typed: str, right: bool):
    briefing, shown = _asked(
        "What were the earnings per share?", "$1.31", "The bank earned $1.31 per share."
    )
    assert _verdict(briefing, shown, typed) is right
