"""Page labels told by their form, twentieth round (invented text): a caption opening by
naming the picture, a file photo's label ending in its month and year, a logo's name with
its initials, a social media embed's frame, a link's
sentence, an app prompt, a lowercase image text or link among paragraphs, a feed's name
and the story's age, a relative day before the byline. Risks: a sentence that opens with
"The photo", a paragraph written in lowercase with a stop and a list in lowercase stay."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "label",
    [
        "Mayor Ilse Brandt Varnholt Nov 2024",
        "Varnholt Harbour Workers' Union – VHWU",
        "View this post on Instagram",
        "A post shared by Ilse Brandt (@ilse_brandt)",
        "The full flood report is posted here.",
        "Open in App",
        "Stay in touch ...",
        "Varnholt Council News feed - 7 hours 51 min ago",
        "Today - by Jon Berg",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=1))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize("label", ["online casino", "wet weather"])
def test_a_lowercase_line_with_no_stop_among_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=2))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "label",
    [
        "An illustration which was submitted with the plans for the harbour wall",
        "generic file photo stock image flood water harbour wall",
    ],
)
def test_a_picture_label_under_the_headline_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=0))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_lowercase_image_text_under_the_headline_is_no_title() -> None:
    draft = drafted("\n\n".join(["main news image", *FLOOD_PARAGRAPHS]))
    assert draft["title"] != "main news image"


def test_a_sentence_opening_with_the_photo_is_kept() -> None:
    sentence = "The photo taken by Per Holm on Monday shows the harbour wall under water."
    draft = drafted(flood_page(sentence, at=2))
    assert sentence[:40] in shown_in(draft)


def test_a_lowercase_list_stays() -> None:
    items = "- sandbags\n- torches\n- dry clothes"
    lead = "The town hall asked families to bring three things to the shelter:"
    draft = drafted(flood_page(lead, items, at=2))
    assert "torches" in shown_in(draft)
