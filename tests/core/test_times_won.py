"""A count of wins or goals typed as how many times it happened ("4 times" asked how many
titles were won): the count, only where the question asks how many were won or scored
(`bot.core.times_won`). The facts and phrasings are invented for these tests."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

CLUB = "The club has won five league titles; its striker scored three goals; two fans were hurt."


@pytest.mark.parametrize(
    ("typed", "right"),
    [("5 times", True), ("five times", True), ("4 times", False), ("5 times more", False)],
)
def test_titles_won_typed_as_times(typed: str, right: bool):
    briefing, shown = _asked("How many league titles has the club won?", "5", CLUB)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("3 times", True), ("three times", True)])
def test_goals_scored_typed_as_times(typed: str, right: bool):
    briefing, shown = _asked("How many goals did the striker score?", "three", CLUB)
    assert _verdict(briefing, shown, typed) is right


def test_times_says_nothing_where_nothing_was_won():
    briefing, shown = _asked("How many fans were hurt?", "two", CLUB)
    assert _verdict(briefing, shown, "2 times") is False
