"""Page furniture told by its form, twenty-fourth round (invented text). From the thirtieth
set's misses: a caption of two people in the present tense with a full date ("... discuss
the harbour wall on June 3, 2019."), a caption whose apposition ends in a comma before its
verb and whose last words are "looks on.", a sentence about the picture itself ("This map
from the water board shows ..."), the caption under a "Title Image Caption" label and the
alternative text under "Title Image", a skip link to the navigation, a radio station's
"Listen Live" bar, a link back to the page's list ("Return To News releases"), the page's
age after its date ("Last update: about 7 years ago"), a short call from the outlet with an
exclamation mark ("Support The Varnholt Courier!"), and a forum's "No announcement yet.".
From the thirty-first set's misses: other stories' cards cut at a set length with an
ellipsis ("... a $50,000 boost fr..."), the outlet and its edition set before the first
sentence ("Harbour-Post – Varnholt. The river ..."), the writer's name with the city filed
from ("Tove A. Lind, Oslo") or with its comma alone ("Tove Lind,"), a caption closed by
"(Photo: Courier)", and "Full story on Reuters:". Risks: a past-tense report of two people
meeting, "Return to normal" in prose, a reported sentence about a map, a quoted
exclamation and one paragraph ending in an ellipsis stay as they are."""

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
        "Harbour master Per Holm and Varnholt Mayor Ilse Brandt discuss the harbour wall on"
        " June 3, 2019.",
        "Water Minister, the Hon. Tove Lind, praises the Varnholt volunteers on their work."
        " The board's chief engineer Jonas Aasen looks on.",
        "This map from the regional water board in Lindholm show the river levels for Sunday.",
        "Skip navigation",
        "Listen Live On Our Stream or Tune To Our Frequencies: 91.2 FM | 99.4 FM",
        "Return To News releases & statements",
        "Tuesday, 4 June 2019, 09:40 Last update: about 6 years ago",
        "Support The Varnholt Courier!",
        "Buy mugs, maps and more from our shop right here!",
        "Show Me More!",
        "No announcement yet.",
        "Tove A. Lind, Oslo",
        "Tove Lind,",
        "The wall built by Per Holm in 1921 on March 4. (Photo: Varnholt Courier)",
        "Full story on Reuters:",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label not in shown
    assert flood_story_intact(shown)


def test_a_labelled_caption_and_alt_text_over_the_story_are_dropped() -> None:
    page = flood_page(
        "Title Image",
        "Mayor Ilse Brandt",
        "Title Image Caption",
        "Mayor Ilse Brandt at the flooded quay",
        at=0,
    )
    draft = drafted(page)
    shown = shown_in(draft)
    assert "at the flooded quay" not in shown
    assert "Title Image" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "prose",
    [
        "Harbour master Per Holm and Mayor Ilse Brandt discussed the harbour wall on June 3,"
        " 2019, and agreed to rebuild it.",
        "Return to normal life will take months, the water board warned on Tuesday.",
        "A map published by the water board on Monday showed that 40 streets were under water.",
        "“Show them what this town can do!” Mayor Ilse Brandt told the volunteers.",
        "The water kept rising through the night, and then, slowly, it stopped...",
    ],
)
def test_the_story_s_own_sentences_stay(prose: str) -> None:
    shown = shown_in(drafted(flood_page(prose, at=1)))
    assert prose[:60] in shown
    assert flood_story_intact(shown)


def test_the_headline_stays_the_title() -> None:
    assert drafted(flood_page("Skip navigation", at=0))["title"] == FLOOD_HEADLINE


def test_cut_cards_of_other_stories_are_dropped() -> None:
    cards = [
        "The Varnholt Rowers received a $50,000 boost from the town fr...",
        "Lindholm ferry stops over kids’ ...",
        "Singer Jonas Aasen has responded after his estranged wife Ma...",
    ]
    shown = shown_in(drafted(flood_page(end=tuple(cards))))
    assert not any(card[:30] in shown for card in cards)
    assert flood_story_intact(shown)


def test_the_outlet_before_the_first_sentence_is_cut_off() -> None:
    lead = "Harbour-Post – Varnholt. The river burst its banks in Varnholt on Monday night."
    shown = shown_in(drafted("\n\n".join([FLOOD_HEADLINE, lead, *FLOOD_PARAGRAPHS])))
    assert "Harbour-Post" not in shown
    assert "The river burst its banks in Varnholt on Monday night." in shown


def test_a_pointer_to_the_wire_s_copy_is_cut_off_the_last_paragraph() -> None:
    last = "“We have sent more pumps to the lower town,” the mayor told Reuters."
    shown = shown_in(drafted(flood_page(end=(last + " Full story on Reuters:",))))
    assert "Full story" not in shown
    assert last in shown
