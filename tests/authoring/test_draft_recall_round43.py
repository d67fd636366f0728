"""Forty-third round, recall a: a speaker named once after a phrase that opens the sentence
("In the public session, Jo Lee raised ..."), then heard only through "he"/"she", on
invented text. Risk: a name after such a phrase beside another full name stays unresolved."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted_story, speakers_in


@pytest.mark.parametrize(
    "opening", ["In the public comment session", "At the start of the hearing", "On Monday"]
)
def test_a_name_after_an_opening_phrase_then_he_says_is_the_speaker(opening: str) -> None:
    draft = drafted_story(
        "Residents press the board on parking",
        "The parking board met on Monday to review permits for the harbour streets.",
        f"{opening}, Marcus Feldane raised the loss of spaces near the school. He asked the"
        " board to publish its survey.",
        "“Parents now circle the block three times before they find a space,” he said.",
    )
    assert speakers_in(draft) == {
        "Parents now circle the block three times before they find a space": "Marcus Feldane"
    }


def test_two_names_after_an_opening_phrase_leave_the_he_unresolved() -> None:
    draft = drafted_story(
        "Residents press the board on parking",
        "The parking board met on Monday to review permits for the harbour streets.",
        "In the public comment session, Marcus Feldane raised the loss of spaces with Ivo"
        " Stannard. He asked the board to publish its survey.",
        "“Parents now circle the block three times before they find a space,” he said.",
    )
    speakers = speakers_in(draft)
    assert speakers["Parents now circle the block three times before they find a space"] is None
