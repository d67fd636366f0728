"""Page furniture told by its form, twenty-third round (invented text): a posting line with
a relative day ("Posted yesterday at 9:40 p.m."), a share prompt with an ellipsis, a Spanish
skip link, a picture left as its file's name, a topic label over an interview's answer ("On
the fans:"), a newsletter's sign-up glued to a paragraph's end, and another story's card at
the foot of the page (its headline as a list item, the headline again and its teaser);
from the twenty-ninth set's misses: a "Photo by:" credit, a caption telling what an inset
shows, a newswire's index of headlines in square brackets, a date and time run into the
writer's name, a wire caption in the present tense with its weekday and place, "You are
here", a picture's file name with its date code, a place and a date joined by a mark, and a
short paragraph that ends "click here". Risks: a weekday after "on" in the present tense, a
sentence that introduces a quote with a colon, a reported sentence about a newsletter, a
list of the story's own points, and a headline with its story right under it, stay as they
are."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "label",
    [
        "Posted yesterday at 9:40 p.m.",
        "Share this story...",
        "Click acá para ir directamente al contenido",
        "Imagen foto_00000417",
        "IMG_2231.jpg",
        "On the volunteers:",
        "Reflecting on the night:",
        "Photo by: Jon Roe",
        "Mayor Ilse Brandt on the quay (inset: the flooded square)",
        "[Harbour wall to be rebuilt; Ferry stops for three weeks; Schools reopen on Friday]",
        "Monday, 12 March 2018 09:40 Tove Aasen",
        "A woman carries sandbags along the quay Tuesday in Varnholt.",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "label",
    [
        "Click acá para ir directamente al contenido",
        "You are here",
        "180312 varnholt flood quay",
        "Varnholt ~ Mon, 12 March 2018",
    ],
)
def test_a_page_label_over_the_headline_is_dropped(label: str) -> None:
    draft = drafted(label + "\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_quote_introduced_with_a_colon_keeps_its_line() -> None:
    intro = "Mayor Ilse Brandt told the council on Tuesday:"
    quote = "“We will rebuild the harbour wall before the winter storms come back.”"
    shown = shown_in(drafted(flood_page(intro, quote, at=2)))
    assert intro in shown
    assert flood_story_intact(shown)


def test_a_newsletter_sign_up_glued_to_a_paragraph_is_cut_off() -> None:
    last = FLOOD_PARAGRAPHS[-1]
    glued = (
        " For the week's harbour news in your inbox, sign up to the Quay Weekly newsletter here ."
    )
    shown = shown_in(drafted(flood_page(end=()).replace(last, last + glued)))
    assert "sign up" not in shown
    assert last in shown


def test_a_reported_sentence_about_a_newsletter_stays() -> None:
    news = (
        "The water board said on Tuesday that pumping would go on for a week and that the"
        " lower streets would stay closed to traffic until its engineers had checked every"
        " drain in the harbour district. Residents can sign up for the board's flood newsletter"
        " at the town hall."
    )
    shown = shown_in(drafted(flood_page(news, at=2)))
    assert news in shown


def test_another_storys_card_at_the_foot_of_the_page_is_dropped() -> None:
    card = [
        "• Why the old ferry terminal is closing for good",
        "Why the old ferry terminal is closing for good",
        "The ferry company has sold the terminal to a developer. Find out what it means for"
        " the town's commuters and when the last boat sails.",
    ]
    shown = shown_in(drafted(flood_page(end=tuple(card))))
    assert "ferry" not in shown
    assert flood_story_intact(shown)


def test_a_list_of_the_storys_own_points_stays() -> None:
    items = [
        "• Forty homes flooded near the harbour wall",
        "• The town hall opened as a shelter overnight",
        "• Two lorries of sandbags arrived on Tuesday",
    ]
    shown = shown_in(drafted(flood_page(*items, at=3)))
    assert all(item[2:] in shown for item in items)


def test_a_headline_with_its_story_under_it_stays_the_title() -> None:
    draft = drafted(flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert flood_story_intact(shown_in(draft))


def test_a_short_paragraph_sending_the_reader_to_a_link_is_dropped() -> None:
    box = (
        "Varnholt is a founding member of the Coastal Towns Network. For more information on"
        " the network's flood plan, click here."
    )
    shown = shown_in(drafted(flood_page(end=(box,))))
    assert "founding member" not in shown
    assert flood_story_intact(shown)


def test_a_weekday_after_on_in_the_present_stays_news() -> None:
    news = "The council meets on Tuesday in Varnholt to vote on money for the harbour wall."
    shown = shown_in(drafted(flood_page(news, at=2)))
    assert news in shown
