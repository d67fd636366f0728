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


def test_a_long_quoter_citing_a_titled_name_as_saying_gives_the_quote_to_the_name() -> None:
    draft = drafted_story(
        "Port city refuses to yield",
        "Deputy Mayor Lena Korsak met the aid convoy on Sunday.",
        "“There will be no surrender of the port, not today and not later,” the Harbour Daily"
        " news portal cited Eastland’s Deputy Mayor Lena Korsak as saying.",
    )
    assert speakers_in(draft) == {
        "There will be no surrender of the port, not today and not later": "Lena Korsak"
    }


def test_a_described_name_quoted_as_saying_by_a_paper_is_the_speaker() -> None:
    draft = drafted_story(
        "Offices plan draws fire",
        "Green Party leader Arun Dhakal toured the border district on Monday.",
        "“The plan adds offices that a small country does not need,” Green Party of Nepal"
        " leader Arun Dhakal was quoted as saying by the Post.",
    )
    assert speakers_in(draft) == {
        "The plan adds offices that a small country does not need": "Arun Dhakal"
    }


def test_a_role_a_paper_quoted_as_saying_is_its_one_holder() -> None:
    draft = drafted_story(
        "Minister hits back at opposition",
        "Health minister Priya Fonseka and opposition leader Ravi Perera clashed in parliament"
        " on Tuesday.",
        "“The opposition is asking questions only to mislead the public,” the state-run Daily"
        " Courier quoted the health minister as saying.",
    )
    assert speakers_in(draft) == {
        "The opposition is asking questions only to mislead the public": "Priya Fonseka"
    }


def test_a_quoting_frame_after_another_speakers_verb_is_not_the_quoted_persons() -> None:
    draft = drafted_story(
        "Mayor disputes report",
        "Mayor Ada Obi and treasurer Tom Bello met the press on Friday.",
        "“We will not pay the contractors this year,” Obi told reporters the Herald had"
        " quoted Bello as saying.",
    )
    assert speakers_in(draft)["We will not pay the contractors this year"] != "Tom Bello"


def test_a_dash_aside_between_the_name_and_the_verb_leaves_the_name_the_speaker() -> None:
    draft = drafted_story(
        "Scots hold the champions",
        "Scotland manager Steve Baird was pleased with the draw.",
        "Baird – who saw Tom Keane miss an early chance before Dan Moyes’s late save secured"
        " a point – said: “We deserved this after the work we have put in all week.”",
    )
    assert speakers_in(draft) == {
        "We deserved this after the work we have put in all week.": "Steve Baird"
    }


def test_a_dash_aside_after_a_quote_and_its_speakers_name_keeps_the_name() -> None:
    draft = drafted_story(
        "Nets misused",
        "Health official Jimmy Oketch spoke at the launch of the campaign.",
        "“Some nets have been misused and some have developed holes,” Jimmy Oketch - assistant"
        " commissioner of health services at the malaria programme - told reporters.",
    )
    assert speakers_in(draft) == {
        "Some nets have been misused and some have developed holes": "Jimmy Oketch"
    }
