"""Fifty-first round, people: read from the unseen pair fresh74 (ci) and fresh75 (cj), each
shape counted over every labeled set before it became a rule."""

from __future__ import annotations

from tests.authoring.drafted import flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_reeve_before_the_name_is_the_post_not_part_of_the_name() -> None:
    speakers = _speakers(
        "Harvest nearly done\n\n"
        "Reeve Ada Lind said growers in the municipality are almost finished.\n\n"
        "“We had a hot summer and the rain came late,” Lind said.\n"
    )
    assert speakers["We had a hot summer "] == "Ada Lind"


def test_a_reeve_keeps_the_post_as_her_role() -> None:
    people = flood_people(
        "Reeve Ada Lind said the township road would be patched this week.",
        "“The grader is booked,” Lind said.",
    )
    assert "Reeve Ada Lind" not in people
    assert people.get("Ada Lind") == "Reeve"
