"""Page furniture told by its form, twenty-seventh round (invented text). Chosen from the
older sets' leaks (groups A-M, listed by `benchmarks.clutter_shapes`): the page's top line
of one or two capitalised words (a site's name "Nordland Online", a section's "Sport", a
photo's name "Per Holm") taken for the headline, and a date written with "of" ("Sunday 24
of November 2024") over the story. Risks: a short headline in running words ("Floods
return") or ending in a verb ("Harbour Closes") is still the title, and the headline under
a section's name becomes the title.

From the thirty-sixth set's leaks (measured on the thirty-seventh before its leaks were read):
a picture's label alone on its line ("Stock pix.", "File photo."), an editor's note on the
story's source ("Portions ... were adapted from ..."), a breadcrumb from the home page ("Home
» ..."), the comment box's "Be the first to comment on ...", and three headlines or more set
as list items between two paragraphs of the story. Risks: a list the story introduces with a
colon and a short sentence about photos stay."""

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


def _story(*top: str) -> str:
    """The invented story with no headline, `top` printed above its first paragraph."""
    return "\n\n".join([*top, *FLOOD_PARAGRAPHS])


@pytest.mark.parametrize("label", ["Nordland Online", "Sport", "Per Holm", "NORDLAND, Norway"])
def test_a_name_over_the_story_is_not_the_title(label: str) -> None:
    draft = drafted(_story(label))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_headline_under_a_sections_name_is_the_title() -> None:
    draft = drafted("Sport\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Sport" not in shown_in(draft)


@pytest.mark.parametrize("headline", ["Floods return", "Harbour Closes"])
def test_a_short_headline_in_running_words_or_with_a_verb_is_the_title(headline: str) -> None:
    draft = drafted(_story(headline))
    assert draft["title"] == headline


@pytest.mark.parametrize("date", ["Sunday 24 of November 2024", "Monday, 3 of March 2025"])
def test_a_date_written_with_of_is_dropped(date: str) -> None:
    shown = shown_in(drafted(flood_page(date, at=1)))
    assert date not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "label",
    [
        "Stock pix.",
        "File photo.",
        "Portions of this story were adapted from the harbour board's minutes.",
        'Be the first to comment on "Floods reach Varnholt harbour"',
    ],
)
def test_a_label_of_the_fresh36_shapes_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label not in shown
    assert flood_story_intact(shown)


def test_a_breadcrumb_from_home_over_the_story_leaves_the_headline() -> None:
    draft = drafted(f"Home » {FLOOD_HEADLINE}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Home »" not in shown_in(draft)


_OTHER_STORIES = (
    "Ferry timetable changes as the river stays high for a week",
    "Harbour board approves a new wall after the ‘worst flood’ in years",
    "How the regional water board plans to pay for the new pumps",
)


def test_headlines_set_between_two_paragraphs_are_dropped() -> None:
    listing = "\n".join(f"- {t}" for t in _OTHER_STORIES)
    shown = shown_in(drafted(flood_page(listing, at=2)))
    assert not any(t in shown for t in _OTHER_STORIES)
    assert flood_story_intact(shown)


def test_a_list_the_story_introduces_and_a_short_sentence_on_photos_stay() -> None:
    said = "The board listed three things the town still needs after the flood:"
    items = [f"- {t}" for t in _OTHER_STORIES]
    photos = "He took photos."
    shown = shown_in(drafted(flood_page(said, *items, photos, at=2)))
    assert all(t in shown for t in _OTHER_STORIES)
    assert photos in shown


@pytest.mark.parametrize(
    "label",
    [
        "Harbour Fair 1200x250 banner(2)",
        "Go to source",
        "You may also like...",
        "Tue, Mar 4, 2025 - Page 7 News List",
    ],
)
def test_a_label_of_the_fresh37_shapes_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label not in shown
    assert flood_story_intact(shown)


_LEDE = FLOOD_PARAGRAPHS[0]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        (f"3rd March 2025{_LEDE}", _LEDE),
        (f"{_LEDE} Enditem", _LEDE),
        (f"{_LEDE} اضافة اعلان", _LEDE),
        (
            "Varnholt, Mar 3 (NordlandPost.com) The river burst its banks on Monday, flooding"
            " forty homes.",
            "Varnholt, Mar 3: The river burst its banks on Monday, flooding forty homes.",
        ),
        (
            "Mayor Ilse Brandt (pix) said the town hall would stay open overnight.",
            "Mayor Ilse Brandt said the town hall would stay open overnight.",
        ),
    ],
)
def test_page_marks_run_into_a_paragraph_are_taken_off(printed: str, read: str) -> None:
    draft = drafted(f"{FLOOD_HEADLINE}\n\n{printed}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS[1:]))
    points = [str(p) for section in draft["sections"] for p in section["points"]]
    assert read in points


def test_a_size_in_a_sentence_and_a_bracket_in_prose_stay() -> None:
    sentence = "The army sent 40 lorries and a 4x4 truck (photos below show the quay) on Tuesday."
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert sentence in shown
