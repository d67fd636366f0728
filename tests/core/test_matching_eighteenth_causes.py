"""Causes the eighteenth phrasing set (benchmarks/matching_eighteenth.py) showed, each as a rule:
a tied score said "N all" ("nil all", "two all") is the score N-N, and never another. The
phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

DERBY = "The derby ended 2-2 after a late equaliser; the reserves had drawn 0-0 the day before."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("2 all", True),
        ("two all", True),
        ("two all lol", True),
        ("2-2", True),
        ("1 all", False),
        ("three all", False),
        ("nil all", False),
        ("2-1", False),
    ],
)
def test_a_tie_said_n_all_is_the_score_n_n(typed: str, right: bool):
    briefing, shown = _asked("What was the score of the derby?", "2-2", DERBY)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("nil all", True), ("0 all", True), ("1 all", False)])
def test_a_goalless_tie_said_nil_all_is_0_0(typed: str, right: bool):
    briefing, shown = _asked("What was the score of the reserves' match?", "0-0", DERBY)
    assert _verdict(briefing, shown, typed) is right
