"""Page furniture told by its form, twenty-sixth round (invented text). Chosen from the
older sets' leaks (groups A-K, listed by `benchmarks.clutter_shapes`): a credit's label left
alone on its line ("Credit:"), a contributor's line opening "With reporting by", and a
caption whose subject is a plural noun before the participle ("Harbour Road residents
anxiously watching the river."), which read as a verb in the present tense. Risks: a
sentence naming who reported, a sentence in which a verb takes a participle ("keeps
asking") and a sentence in the present tense stay as they are.

From the thirty-fourth set's leaks (measured on the thirty-fifth before its leaks were read):
an empty advert's slot ("This advertisement has not loaded yet, ..."), an archive's note on
the story's age ("This article is old - Published: ...", "The article is more than 2 years
old"), a link to the rest of the story on another site ("Read the rest of this story on
..."), the headlines listed under a "Read more:" label; the age note over the headline
leaves the title to the headline. Risks: a story's own list under a sentence, a list under
"Read more:" whose items end their sentences, and a sentence about an old article stay.

From the thirty-fifth set's leaks (measured on the thirty-fourth): a byline opening "Report
by" or "Story by", a share widget's "Spread the love" and a site's "Submit your story" link.
Risk: a sentence opening "A report by" the board stays."""

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
        "Credit:",
        "- Photo:",
        "With reporting by Tove Lind.",
        "With additional reporting by Tove Lind and Per Holm in Varnholt.",
        "Harbour Road residents anxiously watching the river rise on Monday.",
        "Varnholt Lower School pupils carrying sandbags to the quay wall.",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label.removeprefix("- ") not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tove Lind, who was reporting by the quay, said the water rose a metre in an hour.",
        "Mayor Ilse Brandt keeps asking the Nordland water board for more pumps.",
        "Harbour pilot Per Holm says the boats are safe in the inner basin.",
        "Varnholt Lower School pupils are carrying sandbags to the quay wall.",
    ],
)
def test_a_sentence_of_the_story_stays(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert sentence in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "label",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "This article is old - Published: Tuesday, Mar 3rd, 2020",
        "The article is more than 3 years old",
        "Read the rest of this story on the Nordland Courier's website here.",
    ],
)
def test_a_notice_of_the_publishing_system_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=2)))
    assert label not in shown
    assert flood_story_intact(shown)


_TEASERS = (
    "Harbour board approves a new wall for Varnholt",
    "Ferry timetable changes as the river stays high",
)


def test_headlines_under_a_read_more_label_are_dropped() -> None:
    listing = "Read more:\n" + "\n".join(f"- {t}" for t in _TEASERS)
    shown = shown_in(drafted(flood_page(listing, at=2)))
    assert not any(t in shown for t in _TEASERS)
    assert flood_story_intact(shown)


def test_a_storys_own_list_and_an_old_articles_mention_stay() -> None:
    said = "The board listed what the town still needs:"
    items = ("- Two more pumps for the quay", "- Sandbags for the school")
    old = "The article is more than a plan, the mayor said of the harbour report on Monday."
    ended = "Read more:\n- The board met on Monday.\n- The pumps ran all night."
    shown = shown_in(drafted(flood_page(said, *items, old, ended, at=2)))
    assert all(item.removeprefix("- ") in shown for item in items)
    assert old in shown
    assert "The pumps ran all night." in shown


def test_an_age_note_over_the_headline_is_not_the_title() -> None:
    draft = drafted("The article is more than 2 years old\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "years old" not in shown_in(draft)


@pytest.mark.parametrize(
    "label",
    [
        "Report by Tove Lind, [email protected]",
        "Story by Per Holm",
        "Spread the love",
        "Submit your story",
    ],
)
def test_a_byline_or_a_sites_button_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label not in shown
    assert flood_story_intact(shown)


def test_a_share_buttons_label_over_the_headline_is_not_the_title() -> None:
    draft = drafted("Spread the love\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE


def test_a_sentence_opening_with_a_report_by_a_body_stays() -> None:
    sentence = "A report by the Nordland water board said the harbour wall was safe."
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert sentence in shown
