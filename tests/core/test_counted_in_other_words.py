"""A count typed with a word for what it counts: another word for the same thing is right ("4
suspects" for four people arrested, "6 aircraft" for six airplanes, "350 houses" for homes, "3
dead" asked how many were killed, "8 squads" for eight teams); a word for another kind of thing
is wrong ("12 bridges" or "12 schools" asked how many reservoirs). The facts and phrasings are
invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

PORT = (
    "Police arrested four men at the port, while two other suspects fled. The authority is "
    "building 12 reservoirs and has built 9 new bridges."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("4 suspects", True),  # those arrested, whom the article also calls suspects
        ("four suspects", True),
        ("4 people", True),
        ("2 suspects", False),
        ("4 schools", False),
    ],
)
def test_suspects_are_the_people_arrested(typed: str, right: bool):
    briefing, shown = _asked("How many people did police arrest at the port?", "four", PORT)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("12 reservoirs", True),
        ("12", True),
        ("12 bridges", False),  # bridges, which the article counts as nine
        ("12 schools", False),  # another kind of thing than reservoirs
        ("12 boats", False),
    ],
)
def test_another_kind_of_thing_is_wrong_where_the_question_counts_its_own(typed: str, right: bool):
    briefing, shown = _asked("How many reservoirs is the authority building?", "12", PORT)
    assert _verdict(briefing, shown, typed) is right


FIRE = "Six airplanes fought the fire, while 40 aircraft stayed grounded at the base."


@pytest.mark.parametrize(
    ("typed", "right"), [("6 aircraft", True), ("6 planes", True), ("6 boats", False)]
)
def test_aircraft_are_airplanes(typed: str, right: bool):
    briefing, shown = _asked("How many airplanes fought the fire?", "six", FIRE)
    assert _verdict(briefing, shown, typed) is right


FLOOD = "The river washed away 350 homes; 12 houses were rebuilt within a month."


@pytest.mark.parametrize(("typed", "right"), [("350 houses", True), ("350 people", False)])
def test_houses_are_homes(typed: str, right: bool):
    briefing, shown = _asked("How many homes did the river wash away?", "350", FLOOD)
    assert _verdict(briefing, shown, typed) is right


RAID = "The report accused the army of killing three civilians; two were wounded."


@pytest.mark.parametrize(
    ("typed", "right"), [("3 killed", True), ("3 dead", True), ("3 wounded", False)]
)
def test_the_dead_asked_how_many_were_killed(typed: str, right: bool):
    briefing, shown = _asked(
        "How many civilians did the report accuse the army of killing?", "three", RAID
    )
    assert _verdict(briefing, shown, typed) is right


CUP = "Eight teams play in the cup, and 23 players make up each squad."


@pytest.mark.parametrize(("typed", "right"), [("8 squads", True), ("8 players", False)])
def test_squads_are_teams(typed: str, right: bool):
    briefing, shown = _asked("How many teams play in the cup?", "eight teams", CUP)
    assert _verdict(briefing, shown, typed) is right


SWIM = "Three people drowned off the beach on Sunday; two were rescued."


@pytest.mark.parametrize(
    ("typed", "right"),
    [("3 dead", True), ("3 deaths", True), ("3 rescued", False), ("2 dead", False)],
)
def test_the_dead_are_the_people_who_drowned(typed: str, right: bool):
    briefing, shown = _asked("How many people drowned?", "Three people", SWIM)
    assert _verdict(briefing, shown, typed) is right
