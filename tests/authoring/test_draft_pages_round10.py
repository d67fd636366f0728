"""Page furniture told by its structure, on outlets the earlier rules were not written for:
a metadata row of a time and one more cell, a bracketed note or another story's headline in
brackets, a credit or a widget's word glued to the story, a row of two page buttons, a
search box, a browser notice, a lowercase section tag on top, a comment form, a wire credit
beside the update time, and a teaser cut mid-word that copies the story's opening. The
story's own lines stay (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import FLOOD_HEADLINE as HEADLINE
from tests.authoring.drafted import FLOOD_PARAGRAPHS as PARAGRAPHS
from tests.authoring.drafted import drafted, shown_in
from tests.authoring.drafted import flood_page as _page
from tests.authoring.drafted import flood_story_intact as _story_intact


@pytest.mark.parametrize(
    "line",
    [
        "Mar 12, 2019, 12:56 PM | Article By: Marta Lindqvist",
        "12 Mar 2019 at 06:25hrs | Views",
        "Varnholt (Nordland) | March 12, 2019 9:11:41 PM CET",
        "(INPUTS FROM NTB)",
        "(Report & Photo courtesy Nordland Harbour Media)",
        "NordShare Tell-a-Friend Print this Page COMMENT",
        "Type to search",
        "Your web browser is no longer supported. To improve your experience update it here",
        "Please enter your comment!",
    ],
)
@pytest.mark.parametrize("at", [0, 1])
def test_a_pages_furniture_of_this_shape_is_not_in_the_draft(line: str, at: int) -> None:
    shown = shown_in(drafted(_page(line, at=at)))
    assert line not in shown
    assert _story_intact(shown)


def test_a_two_cell_row_that_is_a_sentence_stays() -> None:
    line = "The gauge read 4.2 metres at 06:25 | the highest since 1998, the board said."
    assert line in shown_in(drafted(_page(line, at=2)))


def test_another_storys_headline_in_brackets_after_a_paragraph_is_cut() -> None:
    line = (
        "“We will rebuild the wall,” Brandt said on Tuesday. (Varnholt set up final with Oster"
        " after 1-0 win)"
    )
    shown = shown_in(drafted(_page(line, at=2)))
    assert "set up final" not in shown
    assert "We will rebuild the wall" in shown
    assert _story_intact(shown)


def test_a_sentence_in_brackets_after_a_paragraph_stays() -> None:
    line = "The board met on Tuesday night. (The council did not reply to questions.)"
    assert "did not reply to questions" in shown_in(drafted(_page(line, at=2)))


def test_a_credit_glued_to_a_paragraph_is_cut_and_the_paragraph_stays() -> None:
    line = "The wall was last raised in 1998, the council said.Credit: Jon Berg"
    shown = shown_in(drafted(_page(line, at=2)))
    assert "Jon Berg" not in shown
    assert "The wall was last raised in 1998" in shown


def test_a_widgets_word_glued_to_a_paragraph_is_cut_and_the_paragraph_stays() -> None:
    line = "Loading...But the harbour master said the pumps could not keep up with the tide."
    shown = shown_in(drafted(_page(line, at=2)))
    assert "Loading" not in shown
    assert "But the harbour master said the pumps" in shown


def test_a_lowercase_section_tag_on_top_is_not_the_title() -> None:
    draft = drafted("cities\n\n" + "\n\n".join(PARAGRAPHS))
    assert draft["title"] != "cities"
    assert "cities" not in shown_in(draft)
    assert _story_intact(shown_in(draft))


def test_a_wire_credit_beside_the_update_time_is_dropped() -> None:
    text = (
        f"{HEADLINE}\n\nThe river rose in the night.\n\n- Nordland Trust of News\n"
        "- Updated: September 09, 2013 09:30 pm CET\n\n" + "\n\n".join(PARAGRAPHS)
    )
    shown = shown_in(drafted(text))
    assert "Nordland Trust of News" not in shown
    assert _story_intact(shown)


def test_a_teaser_cut_mid_word_that_copies_the_story_is_dropped() -> None:
    teaser = "Floods reach Varnholt harb..."
    deck = PARAGRAPHS[0] + " Mayor Ilse Brandt said the town h..."
    shown = shown_in(drafted(_page(teaser, deck, at=0)))
    assert "harb..." not in shown
    assert "town h..." not in shown
    assert _story_intact(shown)


def test_a_paragraph_trailing_off_in_an_ellipsis_stays() -> None:
    line = "Asked whether the wall would hold, the engineer said only that it might..."
    assert line in shown_in(drafted(_page(line, at=2)))


def test_a_photos_name_and_title_over_its_caption_are_dropped() -> None:
    shown = shown_in(
        drafted(
            _page(
                "Harbour Master Jon Berg",
                "It is not known when the harbour road will reopen to traffic",
                at=1,
            )
        )
    )
    assert "Harbour Master Jon Berg" not in shown
    assert "harbour road will reopen" not in shown
    assert _story_intact(shown)


def test_a_short_heading_between_paragraphs_stays() -> None:
    shown = shown_in(drafted(_page("The Sea Wall Plan", at=2)))
    assert "The Sea Wall Plan" in shown
    assert _story_intact(shown)


def test_a_place_line_by_the_date_over_the_headline_is_dropped() -> None:
    text = (
        "May 3, 2024\n\nVarnholt, St. Lykke. Nordland\n\n"
        "FLOODS REACH HARBOUR • Mayor says the wall must be raised\n\n" + "\n\n".join(PARAGRAPHS)
    )
    draft = drafted(text)
    assert "St. Lykke" not in shown_in(draft)
    assert draft["title"].startswith("FLOODS REACH HARBOUR")


def test_a_headline_with_commas_under_the_date_stays_the_title() -> None:
    draft = drafted("May 3, 2024\n\nFloods, Fires Hit Varnholt\n\n" + "\n\n".join(PARAGRAPHS))
    assert draft["title"] == "Floods, Fires Hit Varnholt"


def test_one_line_under_a_latest_news_label_on_top_is_the_headline() -> None:
    text = "LATEST NEWS\n\nFLOODS REACH HARBOUR • Mayor says the wall must be raised\n\n"
    draft = drafted(text + "\n\n".join(PARAGRAPHS))
    assert draft["title"].startswith("FLOODS REACH HARBOUR")
    assert _story_intact(shown_in(draft))


def test_the_wires_a_dateline_credits_are_cut_and_the_paragraph_stays() -> None:
    line = (
        "VARNHOLT, Nordland (August 2, 1999 – Harbour Watch/Nordland Times/Daily Post/Coast"
        " Wire)---The Nordland Times has challenged the harbour board over the sea wall."
    )
    shown = shown_in(drafted(_page(line, at=1)))
    assert "Harbour Watch" not in shown
    assert "has challenged the harbour board" in shown
