"""Bylines, sign-offs and link widgets told by their form, thirty-fourth round (invented text).

From a census of every clutter leak over the labeled articles, the families whose rule is a
line's form or its neighbours: a desk's mark after the last sentence ("... he said. / jdr"),
a post's meta row ("Posted by ... - Updated ..."), an organisation's name with its initials
alone on a line, a share row in lowercase, skip links run together, a gallery or player
pointer, a sponsor's credit, a line led by an arrow, labels stacked without their links,
another story's headline under a lone "Read also", a "Latest Videos" list. Risks: story
sentences opening "Posted by" or naming an organisation with its initials, a story line
naming two networks, a site's section label over the page's own headline.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    drafted,
    dropped_over_headline,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "mark", ["(JR)", "/ jdr", "(NNA)", "(AFP/NAN)", "(Reuters/NAN)", "(dpa/NAN)"]
)
def test_a_desks_mark_after_the_last_sentence_is_cut_off(mark: str) -> None:
    """The wires a story came through sign its last paragraph, which stays without them."""
    last = "“We will rebuild the harbour wall before winter,” the mayor said."
    shown = shown_in(drafted(flood_page(end=(f"{last} {mark}",))))
    assert last in shown
    assert mark not in shown
    assert flood_story_intact(shown)


def test_a_caption_credited_to_its_photographer_and_wire_still_leaves() -> None:
    caption = "The mayor speaks at the harbour wall on Monday. (Jane Roe/Reuters)"
    shown = shown_in(drafted(flood_page(end=(caption,))))
    assert "Jane Roe" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Jane Roe (jroe@courier.example) - Updated 10/31/2016 11:04:05 AM",
        "Posted In: News Date:Jan 24th, 2020",
        "Posted by on Jan 10, 2011 in Local, Weather | 0 comments",
        "rss feedemail usour twitterour facebook page",
        "Skip to main content Skip to site footer",
    ],
)
def test_a_meta_row_or_a_row_of_links_over_the_headline_is_not_the_title(line: str) -> None:
    assert dropped_over_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nordland News Agency (NNA)",  # the wire's sign-off
        "Varnholt Teachers’ Union – VTU",  # a logo's text
        "Click to view (18 Photos)",
        "Brought to you by the Nordland Councils Association, with support from Pumpco.",
        "Listen to this episode here, and find the link for your podcast player here.",
        "➤ Click here to follow our WhatsApp channel for more stories.",
        "Share This On:",
        "Add Nordland News Online on Whatsapp +47 712 6700; get the headlines and send us tips",
        "Read all latest news headlines from Nordland and around the world, get breaking news",
        "Ilse Brandt |",  # a caption's name, its credit lost
    ],
)
def test_sign_offs_and_widgets_between_paragraphs_are_not_points(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line not in shown
    assert flood_story_intact(shown)


def test_labels_that_lost_their_links_are_dropped() -> None:
    labels = ("Subjects:", "Places:", "Photo Gallery:")
    draft = drafted(flood_page(*labels, at=1))
    shown = shown_in(draft)
    assert not any(label in shown.splitlines() for label in labels)
    assert flood_story_intact(shown)


def test_another_storys_headline_under_read_also_is_dropped() -> None:
    teaser = "Nordland ferry fares to rise by a fifth from March"
    lead_in = "One fisherman, who has worked from the harbour for forty years, said,"
    quote = "“I have never seen the water this high, and I have seen many floods here.”"
    shown = shown_in(drafted(flood_page(lead_in, "Read also", teaser, quote, at=2)))
    assert teaser not in shown
    assert "I have never seen the water this high" in shown
    assert flood_story_intact(shown)


def test_a_latest_videos_list_is_dropped() -> None:
    items = ("- RIVER WATCH: A NEW PUMP FOR THE OLD HARBOUR", "- The Ferry Story How Fares Rose")
    shown = shown_in(drafted(flood_page(end=("Latest Videos", *items))))
    assert "A NEW PUMP FOR THE OLD HARBOUR" not in shown
    assert "The Ferry Story" not in shown
    assert flood_story_intact(shown)


def test_a_sites_section_label_over_the_headline_keeps_the_headline() -> None:
    draft = drafted("Top News\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "sentence",
    [
        "Posted by the council on its website on Monday, the warning told residents to leave.",
        "The Nordland Teachers’ Union (NTU) said schools near the harbour would stay shut.",
        "The council posted the warning on facebook and twitter before the river rose.",
        "Listen to the sirens, the harbour master told residents on Monday night.",
        "Brought in by the army, the lorries of sandbags reached the harbour at dawn.",
        "Read the latest news on the flood in the council's bulletin, the mayor said.",
        "Follow the council on WhatsApp for news of the pumps, the mayor told residents.",
    ],
)
def test_story_sentences_of_the_same_words_stay(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=2)))
    assert sentence[:50] in shown
    assert flood_story_intact(shown)


def test_a_story_paragraph_under_a_label_stays() -> None:
    paragraph = "The army sent two more lorries of sandbags on Wednesday, the water board said."
    shown = shown_in(drafted(flood_page("Related", paragraph, at=2)))
    assert paragraph[:50] in shown
    assert flood_story_intact(shown)
