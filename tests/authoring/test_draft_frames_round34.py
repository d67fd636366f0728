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


def test_an_adjective_of_mood_before_the_name_after_a_quote_keeps_the_speaker() -> None:
    draft = _draft(
        "Kenyan retains marathon title",
        "The men's race was run in cool weather on Sunday.",
        "“I won last year and I have won again. This is a very good day for me,” a jubilant"
        " Peter Kamau said.",
        "“I never thought I would see the town like this,” a clearly shaken Cr Ann Lowe said"
        " after the meeting.",
    )
    assert speakers_in(draft) == {
        "I won last year and I have won again. This is a very good day for me": "Peter Kamau",
        "I never thought I would see the town like this": "Ann Lowe",
    }


def test_a_mood_adjective_before_a_name_reporting_another_is_nobodys() -> None:
    draft = _draft(
        "Kenyan retains marathon title",
        "The men's race was run in cool weather on Sunday.",
        "“I won last year and I have won again,” a jubilant Peter Kamau said Tom Rono told him.",
    )
    assert speakers_in(draft) == {"I won last year and I have won again": None}
