"""A count typed with its breakdown ("9 (5 seriously, 4 lightly)"): the count where the parts
add up to it, wrong where they do not (`bot.core.breakdowns`). The facts and phrasings are
invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

BUS = (
    "Nine passengers were hurt, five seriously and four lightly; two Germans and a Dane were "
    "among the three foreigners on board."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("9 (5 seriously, 4 lightly)", True),
        ("nine (five seriously and four lightly)", True),
        ("9: 5 seriously, 4 lightly", True),
        ("5 seriously and 4 lightly so 9", True),
        ("9 (5 seriously, 3 lightly)", False),  # the parts do not make the count
        ("9 (6 seriously, 4 lightly)", False),
        ("10 (5 seriously, 5 lightly)", False),  # parts that add up to a wrong count
        ("5 seriously and 3 lightly so 9", False),
        ("9 (5 dogs, 4 cats)", False),  # parts the briefing never speaks of
        ("9", True),
    ],
)
def test_a_count_with_its_breakdown(typed: str, right: bool):
    briefing, shown = _asked("How many passengers were hurt?", "nine", BUS)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3 (2 germans and a dane)", True),  # "a" is one
        ("3 (2 germans, 1 dane)", True),
        ("3 (2 germans and 2 danes)", False),
    ],
)
def test_a_breakdown_may_count_one_with_a(typed: str, right: bool):
    briefing, shown = _asked("How many foreigners were on board?", "three", BUS)
    assert _verdict(briefing, shown, typed) is right
