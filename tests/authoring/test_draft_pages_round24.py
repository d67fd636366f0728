"""Page furniture told by its form, twenty-fourth round (invented text). From the thirtieth
set's misses: a caption of two people in the present tense with a full date ("... discuss
the harbour wall on June 3, 2019."), a caption whose apposition ends in a comma before its
verb and whose last words are "looks on.", a sentence about the picture itself ("This map
from the water board shows ..."), the caption under a "Title Image Caption" label and the
alternative text under "Title Image", a skip link to the navigation, a radio station's
"Listen Live" bar, a link back to the page's list ("Return To News releases"), the page's
age after its date ("Last update: about 7 years ago"), a short call from the outlet with an
exclamation mark ("Support The Varnholt Courier!"), and a forum's "No announcement yet.".
Risks: a past-tense report of two people meeting, "Return to normal" in prose, a reported
sentence about a map and a quoted exclamation stay as they are."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
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
    ],
)
def test_the_story_s_own_sentences_stay(prose: str) -> None:
    shown = shown_in(drafted(flood_page(prose, at=1)))
    assert prose[:60] in shown
    assert flood_story_intact(shown)


def test_the_headline_stays_the_title() -> None:
    assert drafted(flood_page("Skip navigation", at=0))["title"] == FLOOD_HEADLINE
