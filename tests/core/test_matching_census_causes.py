"""Causes the census of every phrasing set (matching-25) found recurring across sets, each as a
rule: a number word with one letter hit on a neighbouring key ("siz" for six), and a figure
with its conversion in brackets ("25 miles (40 km)"). The phrasings, names and facts are
invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

FERRY = "Six ferries ran that week; nine crew members and two pilots were kept on shore."
ROAD = "The new road runs 25 miles along the coast and carried 7 tonnes of stone."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("siz", True),
        ("siz ferries", True),
        ("sox", False),  # a three-letter word slips only in its last letter
        ("six", True),
        ("fiv", False),  # five, not six
        ("sic", False),  # an English word, never read as six
        ("sis", False),
        ("seven", False),
    ],
)
def test_a_number_word_with_a_neighbouring_key_is_the_number(typed: str, right: bool):
    briefing, shown = _asked("How many ferries ran that week?", "six", FERRY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("nin", True),
        ("nime", True),
        ("none", False),  # no crew: another answer, never a slip of nine
        ("nine", True),
        ("fiv", False),
    ],
)
def test_nine_slipped_but_never_none(typed: str, right: bool):
    briefing, shown = _asked("How many crew members were kept on shore?", "nine", FERRY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("twp", True),
        ("twi", True),
        ("tqo", False),  # a three-letter word slips only in its last letter
    ],
)
def test_a_short_number_word_slips_only_in_its_last_letter(typed: str, right: bool):
    briefing, shown = _asked("How many pilots were kept on shore?", "two", FERRY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("25 miles (40 km)", True),
        ("25 miles (40km)", True),
        ("40 km (25 miles)", True),
        ("25 miles", True),
        ("25 miles (60 km)", False),  # a wrong conversion
        ("25 miles (40 miles)", False),
        ("30 miles (48 km)", False),
        ("25 miles (7 tonnes)", False),
    ],
)
def test_a_figure_with_its_conversion_in_brackets_is_right(typed: str, right: bool):
    briefing, shown = _asked("How long is the new road?", "25 miles", ROAD)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("seis", True),
        ("Seis", True),
        ("seis ferries", True),
        ("cinco", False),
        ("siete", False),
    ],
)
def test_a_count_in_spanish_or_portuguese_words_is_the_number(typed: str, right: bool):
    briefing, shown = _asked("How many ferries ran that week?", "six", FERRY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("dois", True),
        ("dos", True),
        ("tres", False),
    ],
)
def test_two_in_spanish_or_portuguese(typed: str, right: bool):
    briefing, shown = _asked("How many pilots were kept on shore?", "two", FERRY)
    assert _verdict(briefing, shown, typed) is right


TOLL = "Tolls rose 35 per cent; the bridge reopened after eleven days."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("treinta y cinco por ciento", True),
        ("trinta e cinco por cento", True),
        ("treinta y cinco", True),
        ("treinta y seis por ciento", False),
        ("cincuenta y tres por ciento", False),
    ],
)
def test_a_share_in_spanish_or_portuguese_words(typed: str, right: bool):
    briefing, shown = _asked("By how much did tolls rise?", "35%", TOLL)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("eleven", True), ("once", False)])
def test_once_is_never_spanish_eleven(typed: str, right: bool):
    briefing, shown = _asked("After how many days did the bridge reopen?", "eleven", TOLL)
    assert _verdict(briefing, shown, typed) is right


DAMS = "The agency is building 14 dams in the northern hills, and 3 of them are already done."
HOMES = "The landslide buried the valley road, and 9 families lost their homes in Tarrow."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("14 in the northern hills", True),
        ("14", True),
        ("14 in the southern hills", False),  # a place the briefing does not say
        ("14, only 3 done", False),  # a second count
        ("14 in the northern hills and 3 done", False),
        ("3 in the northern hills", False),
        ("14 more in the hills", False),
        ("in the northern hills", False),
    ],
)
def test_a_number_with_a_detail_the_briefing_gives_is_right(typed: str, right: bool):
    briefing, shown = _asked("How many dams is the agency building?", "14", DAMS)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("9 families lost their homes", True),
        ("9 families lost their homes in tarrow", True),
        ("9 families lost 3 homes", False),
    ],
)
def test_a_count_with_what_the_briefing_says_happened_is_right(typed: str, right: bool):
    briefing, shown = _asked("How many families lost their homes?", "9 families", HOMES)
    assert _verdict(briefing, shown, typed) is right


CLINIC = "The clinic opened at 7:40 p.m. and the last bus left at 21:25."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("7:40 in the evening", True),
        ("7.40 in the evening", True),
        ("7:40 at night", True),
        ("7:40 in the morning", False),
        ("7:45 in the evening", False),
    ],
)
def test_a_time_with_minutes_and_a_part_of_the_day(typed: str, right: bool):
    briefing, shown = _asked("At what time did the clinic open?", "7:40 p.m.", CLINIC)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("9:25 in the evening", True), ("9:25 at night", True), ("9:25 in the morning", False)],
)
def test_a_time_with_minutes_and_a_part_of_the_day_on_the_24_hour_clock(typed: str, right: bool):
    briefing, shown = _asked("When did the last bus leave?", "21:25", CLINIC)
    assert _verdict(briefing, shown, typed) is right
