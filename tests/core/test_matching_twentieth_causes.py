"""Causes the twentieth phrasing set (benchmarks/matching_twentieth.py) showed, each as a rule:
an amount in dinars, riyals, dirhams and other currencies the matcher had no table for is
refused in dollars or euros ("$40" for 40 dinars) and right in the currency's own code ("40 kd",
"KD 40"). The phrasings, names and facts are invented for these tests (none is from a
benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

FARE = "A bus ticket to the capital now costs 25 dinars, up from 15 dinars last year."
RENT = "A room in the old town now costs 900 riyals a month."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("25 dinars", True),
        ("25 dinar", True),
        ("25", True),
        ("25 kd", True),
        ("KD 25", True),
        ("KD25", True),
        ("25 kwd", True),
        ("25 bhd", True),
        ("$25", False),
        ("€25", False),
        ("£25", False),
        ("25 dollars", False),
        ("25 euros", False),
        ("15 dinars", False),
        ("KD 15", False),
    ],
)
def test_an_amount_in_dinars_is_refused_in_another_currency_and_right_by_its_code(
    typed: str, right: bool
):
    briefing, shown = _asked("How much does a bus ticket cost now?", "25 dinars", FARE)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("900 riyals", True),
        ("900 sar", True),
        ("SAR 900", True),
        ("900 qar", True),
        ("$900", False),
        ("€900", False),
        ("900 aed", False),
    ],
)
def test_an_amount_in_riyals_is_refused_in_another_currency_and_right_by_its_code(
    typed: str, right: bool
):
    briefing, shown = _asked("How much does a room cost a month?", "900 riyals", RENT)
    assert _verdict(briefing, shown, typed) is right
