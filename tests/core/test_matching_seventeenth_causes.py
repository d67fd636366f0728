"""Causes the seventeenth phrasing set (benchmarks/matching_seventeenth_b.py) showed, each as a
rule. False accepts first: a number typed with a thing or persons where the question counts a
span of time ("20 goals" asked how many seconds from the end) counts something else, while the
number alone or with its span stays right. The phrasings, names and facts are invented for these
tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

RALLY = "The visitors led for 85 minutes and scored 3 goals before the hosts drew level."


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("How many minutes did the visitors lead for?", "85 goals", False),
        ("How many minutes did the visitors lead for?", "85 people", False),
        ("How many minutes did the visitors lead for?", "85 matches", False),
        ("How many minutes did the visitors lead for?", "85", True),
        ("How many minutes did the visitors lead for?", "85 minutes", True),
        ("How many minutes did the visitors lead for?", "85 mins", True),
        ("How many minutes did the visitors lead for?", "85 lol", True),
        ("How many days did the siege last?", "85 days", True),
        ("How many days did the siege last?", "85 houses", False),
    ],
)
def test_a_thing_typed_where_a_span_of_time_is_counted_is_wrong(
    prompt: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, "85", RALLY)
    assert _verdict(briefing, shown, typed) is right


def test_the_thing_a_question_counts_beside_time_stays_right():
    """A question that counts goals is not a question about time because a span follows."""
    briefing, shown = _asked("How many goals did they score in 85 minutes?", "3", RALLY)
    assert _verdict(briefing, shown, "3 goals") is True
