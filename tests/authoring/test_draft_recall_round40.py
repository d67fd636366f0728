"""Fortieth round, recall: transcript turns and quotes-sheet lines printed without quotation
marks ("Name, Side: words", "NAME: words", "Surname: words"), on invented text."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted_story, people_in, speakers_in


def test_a_quotes_sheets_unmarked_lines_are_each_players_words() -> None:
    draft = drafted_story(
        "Harbour Hawks lift the cup",
        "The Hawks beat the Millers 4-2 in the final on Sunday night. Here is what the"
        " players said afterwards.",
        "Tom Brisco, Hawks: We never stopped believing in each other. The second period was"
        " the best we have played all year.",
        "Aaron Pell, Hawks: I just tried to get the puck to the net. The crowd carried us"
        " through the last ten minutes.",
    )
    assert speakers_in(draft) == {
        "We never stopped believing in each other. The second period was the best we have"
        " played all year.": "Tom Brisco",
        "I just tried to get the puck to the net. The crowd carried us through the last ten"
        " minutes.": "Aaron Pell",
    }
    assert people_in(draft)["Tom Brisco"] == "Hawks"


def test_a_press_conferences_turns_in_capitals_are_the_named_players() -> None:
    draft = drafted_story(
        "Eagles reach the regional final",
        "THE MODERATOR: We will start with the two players, then the coach.",
        "Q: When did you know this team could go this far?",
        "DANA REEVE: Probably in the second month of the season. We started to trust the"
        " way we defend.",
        "Q: How did you handle the early deficit?",
        "MARCO LINDT: We stayed calm in the huddle. Nobody panicked when we went down by ten.",
    )
    speakers = speakers_in(draft)
    assert (
        speakers[
            "Probably in the second month of the season. We started to trust the way we defend."
        ]
        == "Dana Reeve"
    )
    assert (
        speakers["We stayed calm in the huddle. Nobody panicked when we went down by ten."]
        == "Marco Lindt"
    )
    assert "The Moderator" not in people_in(draft)


def test_an_interviews_surname_turns_are_the_named_ministers() -> None:
    draft = drafted_story(
        "Minister back from the border talks",
        "Energy minister Samir al-Rashed spoke to reporters after his return on Monday.",
        "Question: Did you tell the cabinet before you travelled?",
        "Al-Rashed: The cabinet knew about the visit and its purpose well before I left.",
    )
    assert speakers_in(draft) == {
        "The cabinet knew about the visit and its purpose well before I left.": "Samir al-Rashed"
    }


def test_a_term_inside_an_unmarked_turn_is_part_of_the_players_words() -> None:
    draft = drafted_story(
        "Harbour Hawks lift the cup",
        "Tom Brisco, Hawks: It was everything I hoped for and more. Singing “Harbour Home”"
        " with the fans was special.",
        "Aaron Pell, Hawks: I just tried to get the puck to the net. The crowd carried us"
        " through the last ten minutes.",
    )
    speakers = speakers_in(draft)
    assert "Harbour Home" not in speakers
    assert (
        speakers[
            "It was everything I hoped for and more. Singing “Harbour Home” with the fans was"
            " special."
        ]
        == "Tom Brisco"
    )


@pytest.mark.parametrize(
    "lede",
    [
        "Portmere, Mar 3: Tourism minister Kofi Portmere told parliament on Monday that the"
        " harbour deal was sound.",
        "PORTMERE: Tourism minister Kofi Portmere told parliament on Monday that the harbour"
        " deal was sound.",
    ],
)
def test_a_dateline_before_the_lede_is_no_speaker_line(lede: str) -> None:
    draft = drafted_story(
        "Minister defends the harbour remark",
        lede,
        "“We owe the harbour towns an honest account of the deal,” Portmere said.",
    )
    speakers = speakers_in(draft)
    assert not any(text.startswith("Tourism minister") for text in speakers)


def test_a_turn_whose_label_names_nobody_on_the_page_is_no_ones() -> None:
    draft = drafted_story(
        "Senator questions the poll delay",
        "Senator Rafael Dizon spoke to reporters at the Senate on Tuesday.",
        "Q: Should the village polls be moved to October?",
        "RAF: Moving them to October will not achieve anything, the cases have waited two years.",
    )
    speakers = speakers_in(draft)
    assert "Rafael Dizon" not in speakers.values()
