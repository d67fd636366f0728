"""Numbers said in French that students type: a decimal comma in words ("six virgule huit"),
"pour cent" after number words, "cent" and "un millier" alone, a number before "mille", and
ordinals beyond the table or with the question's own word after them ("trente-sixième", "11e
minute"). The facts and phrasings are invented for these tests (none is from a benchmark
set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

QUAKE = "The quake measured 5.4; rents rose 7 per cent; 100 families and 1,000 people fled."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("cinq virgule quatre", True),
        ("cinq virgule trois", False),
        ("quatre virgule cinq", False),
    ],
)
def test_a_decimal_comma_in_words(typed: str, right: bool):
    briefing, shown = _asked("What magnitude did the quake measure?", "5.4", QUAKE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("sept pour cent", True), ("sept pourcent", True), ("huit pour cent", False)],
)
def test_per_cent_after_french_number_words(typed: str, right: bool):
    briefing, shown = _asked("By how much did rents rise?", "7%", QUAKE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"), [("cent", True), ("cent familles", True), ("deux cents", False)]
)
def test_cent_alone_is_a_hundred(typed: str, right: bool):
    briefing, shown = _asked("How many families fled?", "100", QUAKE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("un millier", True), ("1 mille", True), ("deux milliers", False), ("2 mille", False)],
)
def test_a_thousand_said_in_french(typed: str, right: bool):
    briefing, shown = _asked("About how many people fled?", "1,000", QUAKE)
    assert _verdict(briefing, shown, typed) is right


GOAL = "He scored in the 36th minute, after a miss in the 12th."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("trente-sixième", True),
        ("36e minute", True),
        ("trente-sixième minute", True),
        ("trente-cinquième", False),
        ("12e minute", False),
    ],
)
def test_a_french_ordinal_beyond_twenty_or_with_the_question_s_word(typed: str, right: bool):
    briefing, shown = _asked("In which minute did he score?", "36th", GOAL)
    assert _verdict(briefing, shown, typed) is right
