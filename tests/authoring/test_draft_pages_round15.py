"""The page's head told by structure: the headline is the line over the byline or the
story's first sentence, and what stands above it or between it and the story is the page's
(a sign-in form, labels, a credit, a reading time, an empty "Date:"); a short headline is a
phrase, not a label; a title in cells keeps its headline cell; a copy of the headline inside
an image's label, short lines and a lone list item below the story with no final stop, and
a row of capitalised tags (invented text)."""

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

_FORM = (
    "Your details stay with us and are never sold to any other company or organisation.",
    "By entering my address, I agree to receive weekly messages from the Oster Courier team.",
    "Log In",
    "Lost your code?",
    "Send my code",
    "DONE",
    "A message was sent with the steps to follow. Please open the link in the message to set"
    " a new code.",
)


def _page(*top: str) -> dict:
    return drafted("\n\n".join([*top, *FLOOD_PARAGRAPHS]))


def test_a_form_above_the_headline_over_its_byline_is_dropped() -> None:
    draft = _page(*_FORM, HEADLINE, "By Tove Aasen", "March 4, 2024 10:15 AM")
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert all(line not in shown for line in _FORM)
    assert flood_story_intact(shown)


def test_a_short_headline_over_its_writer_and_byline_drops_the_label_above() -> None:
    top = ("News Varnholt-Oster", "No flood fund", "Tove Aasen", "By Tove Aasen, Oster Courier")
    draft = _page(*top)
    assert draft["title"] == "No flood fund"
    shown = shown_in(draft)
    assert "Varnholt-Oster" not in shown
    assert "Tove Aasen" not in shown


def test_a_subheading_over_a_time_inside_the_story_keeps_the_paragraphs_above() -> None:
    body = [FLOOD_PARAGRAPHS[0], "Pumps arrive at the lower streets", "10:45 GMT"]
    draft = drafted("\n\n".join([HEADLINE, *body, *FLOOD_PARAGRAPHS[1:]]))
    assert draft["title"] == HEADLINE
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize("label", ["Topic Archives: floods", "Advanced search"])
def test_a_label_over_the_headline_is_no_short_headline(label: str) -> None:
    draft = _page(label, HEADLINE)
    assert draft["title"] == HEADLINE
    assert label not in shown_in(draft)


@pytest.mark.parametrize("label", ["Ostergroup", "Share this on", "Reading Time: 3 minutes"])
def test_a_short_line_between_the_headline_and_the_story_is_dropped(label: str) -> None:
    draft = _page(HEADLINE, label)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert label not in shown
    assert flood_story_intact(shown)


def test_a_title_in_cells_keeps_its_headline_cell() -> None:
    draft = _page(f"REGIONAL | {HEADLINE}")
    assert draft["title"] == HEADLINE
    assert "REGIONAL" not in shown_in(draft)


def test_the_headline_inside_an_images_label_is_dropped() -> None:
    draft = _page(HEADLINE, f"Lead image for {HEADLINE}")
    assert draft["title"] == HEADLINE
    assert "Lead image for" not in shown_in(draft)


def test_a_line_below_the_story_with_no_final_stop_is_dropped() -> None:
    end = "Press PLAY to hear the whole interview with the mayor"
    shown = shown_in(drafted(flood_page(end=(end,))))
    assert end not in shown
    assert flood_story_intact(shown)


# From fresh14's leaks, checked on fresh13.


def test_a_label_alone_over_the_story_is_no_title() -> None:
    draft = _page("Text too small? |")
    assert "Text too small" not in shown_in(draft)


def test_an_empty_label_between_the_headline_and_the_story_is_dropped() -> None:
    draft = _page(HEADLINE, "Date:")
    assert draft["title"] == HEADLINE
    assert "Date:" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_lone_list_item_below_the_story_is_dropped() -> None:
    text = flood_page() + "\n\n- Oster Harbour Radio Listen Live\n\nSend this to a friend"
    shown = shown_in(drafted(text))
    assert "Listen Live" not in shown
    assert flood_story_intact(shown)


def test_a_list_ending_the_story_stays() -> None:
    items = ("- Sandbags at the town hall", "- Pumps on the lower streets")
    shown = shown_in(drafted(flood_page() + "\n\n" + "\n".join(items)))
    assert all(item[2:] in shown for item in items)


def test_a_row_of_tags_above_the_headline_is_dropped() -> None:
    tags = "Norway, Harbour News, Weather News, Regional Transport News"
    standfirst = "The town's harbour master says the wall needs rebuilding before the winter"
    draft = _page(tags, HEADLINE, standfirst)
    assert draft["title"] == HEADLINE
    assert "Weather News" not in shown_in(draft)
