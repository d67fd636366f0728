"""Thirty-eighth round, recall: the newest pair's wrong speakers and unattributed quotes, by
the construction behind them, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, speakers_in


def test_an_apostrophe_typed_as_a_closing_mark_leaves_the_quote_whole() -> None:
    draft = drafted_story(
        "Governor tours flooded coast",
        "Governor Dana Reyes flew over the island”s harbour on Monday.",
        "“It”s worse than we feared, and we will rebuild,” the governor said.",
    )
    assert speakers_in(draft) == {"It”s worse than we feared, and we will rebuild": "Dana Reyes"}


def test_a_quote_closed_with_an_opening_mark_ends_there() -> None:
    draft = drafted_story(
        "Mayor plays down audit",
        "Mayor Ana Ruiz said “the audit has no bearing on the budget“referring to the"
        " report leaked last week.",
    )
    assert speakers_in(draft) == {"the audit has no bearing on the budget": "Ana Ruiz"}
