"""Causes the twenty-fifth phrasing set (benchmarks/matching_twentyfifth.py) showed, each as a
rule. The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

TOLLS = (
    "The road authority could collect SR45 million a year from the new toll gates, which charge "
    "SR5 a car, up to SR120,000 a day."
)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("SR45 million", "45 million riyals", True),
        ("SR45 million", "45 million", True),
        ("SR45 million", "SAR 45m", True),
        ("SR45 million", "45 millones de riales", True),
        ("SR45 million", "$45 million", False),
        ("SR45 million", "45 million dollars", False),
        ("SR45 million", "45", False),  # the scale word belongs to the number
        ("SR45 million", "54 million riyals", False),
        ("SR5", "5 riyals", True),
        ("SR5", "5", True),
        ("SR5", "five riyals", True),
        ("SR5", "5 sr a car", True),
        ("SR5", "$5", False),
        ("SR5", "6 riyals", False),
        ("SR120,000", "120,000 riyals", True),
        ("SR120,000", "120k", True),
        ("SR120,000", "€120,000", False),
    ],
)
def test_saudi_riyals_written_sr_before_the_amount(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much is it?", answer, TOLLS)
    assert _verdict(briefing, shown, typed) is right
