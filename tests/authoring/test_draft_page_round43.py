"""Page clutter, forty-third round (invented text).

A filing label whose date and time the page fills in by script keeps only its time zone
("Last updated on GMT") and leaves the draft as the bare label does. A pointer to the page's
player glued after a paragraph's last sentence ("... . To listen to the full interview, click
below.") leaves, and the sentence before it stays.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "stamp", ["Last updated on GMT", "- Last updated on GMT", "Published: UTC", "Updated BST"]
)
def test_a_filing_label_with_only_its_time_zone_leaves(stamp: str) -> None:
    shown = shown_in(drafted(flood_page(stamp)))
    assert stamp.lstrip("- ") not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "pointer",
    [
        "To listen to the full interview, click below.",
        "To watch the mayor's briefing, click here.",
        "To hear the harbour master's account, tap below.",
    ],
)
def test_a_player_pointer_glued_after_the_last_sentence_leaves(pointer: str) -> None:
    sentence = "The ferry company said it would add a second boat for the evacuation."
    shown = shown_in(drafted(flood_page(f"{sentence} {pointer}")))
    assert pointer not in shown
    assert sentence in shown
    assert flood_story_intact(shown)


def test_a_sentence_that_tells_how_to_listen_stays() -> None:
    sentence = "Residents were told that to listen to warnings, they should keep a radio on."
    shown = shown_in(drafted(flood_page(f"The council met on Monday. {sentence}")))
    assert sentence in shown
    assert FLOOD_PARAGRAPHS[0][:50] in shown
