"""Thirty-ninth round, recall: the newest pair's wrong speaker and unattributed quotes, by
the construction behind them, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, speakers_in


def test_a_standfirst_quote_printed_again_in_the_body_is_the_body_speakers() -> None:
    draft = drafted_story(
        "Valley storm damage",
        "‘We will rebuild every school in the valley by winter’: towns count the cost of"
        " last week’s storm",
        "The storm closed eleven schools in the valley last week.",
        "Education minister Clara Voss visited the worst-hit town on Tuesday.",
        "“We will rebuild every school in the valley by winter,” Voss told parents at the"
        " town hall.",
    )
    assert speakers_in(draft) == {
        "We will rebuild every school in the valley by winter": "Clara Voss"
    }


def test_a_pull_quote_after_another_speakers_paragraph_is_left_unattributed() -> None:
    draft = drafted_story(
        "Council drops the rates plan",
        "Mayor Rita Hale and treasurer Tom Ashby spoke after the vote on Thursday.",
        "A review of the vote was still possible, Ashby said, because of the plan's timing.",
        "“I accept that the plan was hard for the farms to swallow.”",
        "Hale said the council had heard too little from the towns.",
        "“I accept that the plan was hard for the farms to swallow.",
        "“But our job is to rate the whole district fairly.”",
    )
    speakers = speakers_in(draft)
    assert speakers["I accept that the plan was hard for the farms to swallow."] != "Tom Ashby"


def test_a_bodys_branding_quoted_again_by_its_officer_stays_the_bodys() -> None:
    draft = drafted_story(
        "Union condemns depot closure",
        "The Transit Workers Union branded the closure “an act of plain corporate vandalism”.",
        "Regional officer Owen Marsh said: “This is an act of plain corporate vandalism.”",
    )
    speakers = speakers_in(draft)
    assert speakers["an act of plain corporate vandalism"] is None
    assert speakers["This is an act of plain corporate vandalism."] == "Owen Marsh"
