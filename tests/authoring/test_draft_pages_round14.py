"""Page furniture told from the article's prose by structure, not by its particular words:
what stands above the headline that is no headline, a run of links that ends in the
headline, links run together on one line, a label over them, the machinery of a feed or a
script printed as text, a label row of cells, an embedded post cut off over its credit, a
handle glued to the first word and a caption signed with "©" (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_LONG_HEADLINE as HEADLINE,
)
from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


def _page(*top: str) -> dict:
    return drafted("\n\n".join([*top, *FLOOD_PARAGRAPHS]))


def test_short_lines_above_the_headline_are_dropped_and_the_headline_stays() -> None:
    top = ("Every local paper in one feed.", "Dozens of towns.", "One login.", "Weather")
    draft = _page(*top, HEADLINE)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert all(line not in shown for line in top)
    assert flood_story_intact(shown)


def test_a_run_of_page_labels_ending_in_the_headline_keeps_the_headline() -> None:
    top = ("Keep reading", "Oster Courier", "Regional", "Tove Aasen")
    draft = _page(*top, HEADLINE)
    assert draft["title"] == HEADLINE
    assert all(line not in shown_in(draft) for line in top)


def test_a_run_of_links_under_the_headline_keeps_the_headline() -> None:
    links = ("Regional: Oster ferry back on time", "Weekend pictures: harbour lights", "Gallery")
    draft = _page("- Regional, Floods", HEADLINE, *links)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert "Regional, Floods" not in shown
    assert all(line not in shown for line in links)


def test_a_short_headline_over_its_standfirst_stays_the_title() -> None:
    standfirst = "Forty homes flooded as the river bursts its banks near the old wall"
    draft = _page("Floods hit Varnholt", standfirst)
    assert draft["title"] == "Floods hit Varnholt"


def test_an_apps_name_printed_again_and_again_on_top_is_dropped() -> None:
    draft = _page("Oster App", "Oster App", "Oster App", HEADLINE, "Oster App")
    assert draft["title"] == HEADLINE
    assert "Oster App" not in shown_in(draft)


def test_links_run_together_under_a_label_are_dropped() -> None:
    links = (
        "Harbour wall 'gone in an hour' says skipperFerry back on time after the stormsRoads"
        " closed for at least a weekArmy sends sandbags to the lower streetsPumps arrive from"
        " Oster overnightHarbour wall 'gone in an hour' says skipperMayor asks for help from"
        " the regional board"
    )
    shown = shown_in(drafted(flood_page("HARBOUR NEWS", links, at=2)))
    assert "HARBOUR NEWS" not in shown
    assert "Army sends sandbags" not in shown
    assert flood_story_intact(shown)


def test_a_subheading_over_the_storys_prose_stays() -> None:
    shown = shown_in(drafted(flood_page("Shelter at the town hall", at=1)))
    assert "Shelter at the town hall" in shown


def test_a_feeds_machinery_run_into_the_first_paragraph_is_cut() -> None:
    feed = (
        "Floods https://www.example.org/topic/floods/ OSTER COURIER | Regional News | Data"
        " Mon, 04 Mar 2024 10:15:02 +0100 en-GB hourly 1 https://www.example.org/?v=6.3"
        " https://www.example.org/img/logo.png?fit=32%2C32 "
    )
    draft = drafted(HEADLINE + "\n\n" + feed + "\n\n".join(FLOOD_PARAGRAPHS))
    shown = shown_in(draft)
    assert "https://" not in shown
    assert "hourly 1" not in shown
    assert flood_story_intact(shown)


def test_a_pages_script_printed_as_text_is_dropped() -> None:
    script = (
        'window.addEventListener("load", () => { const box = document.querySelector(".promo");'
        " if ('IntersectionObserver' in window && box) { const seen = new IntersectionObserver("
        "(entries) => { entries.forEach((entry) => { if (entry.isIntersecting) { box.hidden ="
        " false; box.title = 'Closed. Thanks.'; } }); }); seen.observe(box); } });"
    )
    shown = shown_in(drafted(flood_page(script, at=3)))
    assert "querySelector" not in shown
    assert flood_story_intact(shown)


def test_a_line_of_web_addresses_between_paragraphs_is_dropped() -> None:
    line = (
        "Floods. Regional News https://www.example.org/topic/floods/ en-GB hourly 1"
        " https://www.example.org/img/logo.png 32 32"
    )
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert "example.org" not in shown
    assert flood_story_intact(shown)


def test_a_sentence_naming_a_web_address_stays() -> None:
    line = "The council said residents could report damage at www.varnholt.example until Friday."
    assert line in shown_in(drafted(flood_page(line, at=2)))


@pytest.mark.parametrize(
    "row",
    ["WEATHER - Ilse Brandt, Varnholt mayor - 3", "Floods | Varnholt | Regional | 2 photos"],
)
def test_a_label_row_of_cells_between_paragraphs_is_dropped(row: str) -> None:
    shown = shown_in(drafted(flood_page(row, at=2)))
    assert row not in shown
    assert flood_story_intact(shown)


def test_an_embedded_post_cut_off_over_its_credit_is_dropped() -> None:
    post = "We know about a post showing a flooded cellar in a council flat and would like to…"
    credit = "Posted by Varnholt Town Council on Tuesday, 5 March 2024"
    shown = shown_in(drafted(flood_page(post, credit, at=2)))
    assert post[:40] not in shown
    assert "Varnholt Town Council on" not in shown
    assert flood_story_intact(shown)


def test_a_handle_glued_to_the_first_word_is_cut() -> None:
    first = "(osternews)" + FLOOD_PARAGRAPHS[0]
    shown = shown_in(drafted("\n\n".join([HEADLINE, first, *FLOOD_PARAGRAPHS[1:]])))
    assert "osternews" not in shown
    assert FLOOD_PARAGRAPHS[0][:50] in shown


def test_a_caption_signed_with_a_copyright_mark_is_dropped() -> None:
    caption = "Ilse Brandt saw the harbour wall give way on Monday night © NTB Photos"
    shown = shown_in(drafted(flood_page(caption, "Enlarge", at=3)))
    assert "NTB Photos" not in shown
    assert flood_story_intact(shown)


def test_a_headline_of_three_parts_on_top_stays_the_title() -> None:
    headline = "Varnholt floods - what we know - day two"
    assert _page(headline)["title"] == headline
