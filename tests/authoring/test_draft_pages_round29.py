"""Page furniture told by its form, twenty-ninth round (invented text).

From the fortieth set's leaks (measured on the forty-first before its leaks were read): the
writer's beat under the story ("Tove Aasen covers shipping and the ports from Oslo."), an
error page's "We are having trouble retrieving the article content.", the site's appeal
about its adverts ("By allowing ads to appear on this site, you support ..."), and a link's
"Click here for more info." run onto a paragraph after its last stop. Risks: a sentence in
which someone covers a cost, a sentence that speaks of "you" inside a quote, and a paragraph
that says "click here" inside a sentence stay.

From the forty-first set's leaks (the fortieth's rules measured on it first): where the
person's picture is or who took it, in brackets after a name ("(photo, above)", "(Photo by
Per Holm)"), a publishing tool's shortcode ("[ad id=”1539″]") and the date a report ran
with the paper it ran in ("Wednesday, April 16, 2014 (Nordland Courier)"). Risks: words in
brackets that are no picture's ("(pictured in 2019, when ...)" stays a part of its sentence)
and a date inside a sentence stay."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, flood_page, flood_story_intact, shown_in


@pytest.mark.parametrize(
    "line",
    [
        "We are having trouble retrieving the article content.",
        "By allowing ads to appear on this site, you support the local businesses who, in"
        " turn, support great journalism.",
        "Wednesday, April 16, 2014 (Nordland Courier)",
        "[ad id=”1539″]",
    ],
)
def test_a_line_of_the_page_is_dropped_and_the_story_stays(line: str) -> None:
    shown = shown_in(drafted(flood_page(line)))
    assert line not in shown
    assert "1539" not in shown and "Nordland Courier" not in shown
    assert flood_story_intact(shown)


def test_the_writers_beat_under_the_byline_is_dropped() -> None:
    beat = "Tove Aasen covers shipping and the ports from Oslo."
    shown = shown_in(drafted(flood_page("Tove Aasen", beat, at=0)))
    assert beat not in shown
    assert flood_story_intact(shown)


def test_a_click_here_run_onto_a_paragraph_is_taken_off_it() -> None:
    paragraph = "The ferry company has waived its fees for the week of the storm."
    shown = shown_in(drafted(flood_page(f"{paragraph} Click here for more info.")))
    assert paragraph in shown
    assert "Click here" not in shown


@pytest.mark.parametrize("pointer", ["(photo, above)", "(Photo by Per Holm)"])
def test_a_pointer_to_a_picture_is_taken_off_the_sentence(pointer: str) -> None:
    sentence = (
        f"The harbour master thanked the volunteers led by Anna Holt {pointer} for the sandbags."
    )
    shown = shown_in(drafted(flood_page(sentence)))
    assert "The harbour master thanked the volunteers led by Anna Holt for the sandbags." in shown
    assert pointer not in shown


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe covers the cost of the pumps from the harbour fund in Varnholt.",
        "“You will see our town rebuilt,” Mayor Ilse Brandt told the families at the hall.",
        "Residents who lost power can click here on the council's page to report it, the"
        " council said.",
        "The old harbour master (pictured in 2019, when the wall was built) said the sea had"
        " never come so high.",
        "The storm of Wednesday, April 16, 2014 flooded the same streets, the council said.",
    ],
)
def test_a_sentence_of_the_story_that_shares_a_word_with_furniture_stays(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence)))
    assert sentence[:60] in shown
