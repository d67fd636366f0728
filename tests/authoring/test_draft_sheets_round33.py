"""Thirty-third round, quote sheets: a speaker heading with the role in capitals ("HEAD
COACH Tom Penders") and "Name, Side: “...”" lines name who speaks the quotes they head."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_role_in_capitals_over_the_answers_names_their_speaker() -> None:
    draft = drafted(
        "Women's Hockey Post Game Quotes\n\n"
        "HEAD COACH Mara Quillfeather\n"
        "Opening statement:\n\n"
        "“We skated hard for sixty minutes and the goalie kept us in the game.”\n\n"
        "On the power play:\n"
        "“We need to move the puck quicker when we have the extra skater.”\n"
    )
    assert "Mara Quillfeather" in people_in(draft)
    speakers = speakers_in(draft)
    assert (
        speakers["We skated hard for sixty minutes and the goalie kept us in the game."]
        == "Mara Quillfeather"
    )
    assert (
        speakers["We need to move the puck quicker when we have the extra skater."]
        == "Mara Quillfeather"
    )


def test_a_role_in_capitals_heading_is_not_a_section_title() -> None:
    draft = _draft(
        "Post game quotes",
        "ASSISTANT COACH Lionel Barstowe",
        "“The effort was there from the first whistle to the last one tonight.”",
    )
    assert "Lionel Barstowe" in people_in(draft)
    assert speakers_in(draft)[
        "The effort was there from the first whistle to the last one tonight."
    ] == ("Lionel Barstowe")


def test_a_capitals_line_without_a_role_word_names_nobody() -> None:
    draft = _draft(
        "Post game quotes",
        "GAME NOTES Fairview Arena",
        "“The effort was there from the first whistle to the last one tonight.”",
    )
    assert "Fairview Arena" not in people_in(draft)
    assert (
        speakers_in(draft)["The effort was there from the first whistle to the last one tonight."]
        is None
    )


def test_each_name_and_side_line_gives_its_quote_to_its_own_person() -> None:
    draft = _draft(
        "Coaches have their say",
        "Here is what the coaches said after the first round.",
        "Nell Ashgrove, Weston State: “We could not buy a basket in the second half.”",
        "Translation: the shots did not fall.",
        "Corbin Tasse, UTEP: “Our defence won this game for us, plain and simple.”",
    )
    people = people_in(draft)
    assert "Nell Ashgrove" in people and "Corbin Tasse" in people
    speakers = speakers_in(draft)
    assert speakers["We could not buy a basket in the second half."] == "Nell Ashgrove"
    assert speakers["Our defence won this game for us, plain and simple."] == "Corbin Tasse"


def test_a_place_or_body_before_the_side_is_no_speaker() -> None:
    draft = _draft(
        "Coaches have their say",
        "Nell Ashgrove coaches Weston State and spoke to reporters in the morning.",
        "Press Office, Weston State: “Tickets for the next round go on sale on Monday.”",
    )
    assert "Press Office" not in people_in(draft)
    assert speakers_in(draft)["Tickets for the next round go on sale on Monday."] is None
