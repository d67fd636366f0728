"""Thirty-fourth round, frames: quotes whose paragraph names the speaker with a verb of
speech the drafter misread, each read as a rule of English news prose, on invented text,
with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_surname_ending_in_be_or_is_is_no_passive_before_told() -> None:
    draft = _draft(
        "Council leader rejects claims",
        "The council met on Thursday to discuss the regeneration firm.",
        "Councillor Jane McCabe told the Gazette: “The claims are wrong and I will say so"
        " at the next meeting.”",
        "Tom Harris described the plan as “a waste of everyone's time and money.”",
    )
    assert speakers_in(draft) == {
        "The claims are wrong and I will say so at the next meeting.": "Jane McCabe",
        "a waste of everyone's time and money.": "Tom Harris",
    }


def test_a_name_that_was_told_is_still_no_speaker() -> None:
    draft = _draft(
        "Council leader rejects claims",
        "The council met on Thursday to discuss the regeneration firm.",
        "Councillor Jane McCabe was told: “The claims will be heard at the next meeting.”",
    )
    assert speakers_in(draft) == {"The claims will be heard at the next meeting.": None}
