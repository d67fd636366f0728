"""Causes the seventeenth phrasing set (benchmarks/matching_sixteenth.py) showed, each as a rule.
False accepts first: a number typed with a thing the article counts after a participle ("three
masked gunmen") is that thing's count, not the dead's ("3 gunmen" asked how many people were
killed), while a partitive ("one of the recovered patients") still counts nothing of its own;
a measure typed for a reading on a scale ("4.6 km" asked at what magnitude) is another figure.
The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.models import Fact
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

RAID = "Two people were killed and five were hurt when the shop was robbed."
ROBBERS = "Two armed robbers entered the shop at dawn."


def _with_robbers(prompt: str, answer: str):
    briefing, shown = _asked(prompt, answer, RAID)
    section = briefing.sections[0].id
    facts = [*briefing.facts, Fact(id="robbers", text=ROBBERS, section=section)]
    return briefing.model_copy(update={"facts": facts}), shown


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("How many people were killed?", "2", "2 robbers", False),
        ("How many people were killed?", "2", "two robbers", False),
        ("How many were hurt?", "5", "5 robbers", False),
        ("How many people were killed?", "2", "2 people", True),
        ("How many people were killed?", "2", "2 dead", True),
        ("How many people were killed?", "2", "two", True),
        ("How many were hurt?", "5", "5 injured", True),
    ],
)
def test_a_thing_counted_after_a_participle_is_not_another_count(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _with_robbers(prompt, answer)
    assert _verdict(briefing, shown, typed) is right


def test_a_partitive_before_a_participle_counts_nothing_of_its_own():
    fact = "Doctors sent home three survivors; one of the recovered patients went back to work."
    briefing, shown = _asked("How many survivors were sent home?", "3", fact)
    assert _verdict(briefing, shown, "3 patients") is True


QUAKE = "The quake, 12 km deep, was felt in the port at magnitude 5.1."


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("At what magnitude was it felt in the port?", "5.1", "5.1 km", False),
        ("At what magnitude was it felt in the port?", "5.1", "5.1 miles", False),
        ("At what magnitude was it felt in the port?", "5.1", "5.1", True),
        ("At what magnitude was it felt in the port?", "5.1", "magnitude 5.1", True),
        ("How deep was the quake?", "12 km", "12 km", True),
    ],
)
def test_a_measure_typed_for_a_reading_on_a_scale_is_another_figure(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, QUAKE)
    assert _verdict(briefing, shown, typed) is right


HUNT = "Police want to question Dorian Elwood Pascoe about the raid; Inspector Vale led the search."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("pascoe", True),
        ("mr pascoe", True),
        ("dorian elwood pascoe", True),
        ("dorian", False),
        ("elwood", False),
        ("vale", False),
    ],
)
def test_a_surname_is_right_at_which_man_as_at_who(typed: str, right: bool):
    briefing, shown = _asked("Which man do police want to question?", "Dorian Elwood Pascoe", HUNT)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("harrow st", True), ("harrow st.", True), ("harrow street", True), ("harrow rd", False)],
)
def test_st_is_street_where_the_answer_spells_street(typed: str, right: bool):
    fact = "The raid was on Harrow Street, near the station."
    briefing, shown = _asked("On which street was the raid?", "Harrow Street", fact)
    assert _verdict(briefing, shown, typed) is right


def test_st_stays_saint_where_the_answer_spells_saint():
    fact = "The ferry sailed from St Ives at dawn."
    briefing, shown = _asked("From which town did the ferry sail?", "St Ives", fact)
    assert _verdict(briefing, shown, "st ives") is True
