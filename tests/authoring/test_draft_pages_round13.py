"""Page furniture recognised by its shape, on copy the twelfth round's rules were not written
from: a breadcrumb ending in its separator, a bar of trending links run together on one
line, a caption telling who stands left and right, a video box's description under its
duration, a writer's name in capitals run into the last paragraph, a caption with its
credit glued on, a logo's word printed twice, the lead video's title printed twice over the
headline, and a label with small words above it ("NTB in the News") (invented text)."""

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
from tests.authoring.drafted import (
    FLOOD_LONG_HEADLINE as HEADLINE,
)


def _topped(*top: str) -> dict:
    return drafted("\n\n".join([*top, HEADLINE, *FLOOD_PARAGRAPHS]))


@pytest.mark.parametrize(
    "top",
    [
        ("Home > Weather > Floods >", "NTB >", "Report"),
        ("Herring recipes Is sailing for you? 'Quiet quitting' 'Harbour core'", "HARBOUR"),
        ("NTB in the News",),
    ],
)
def test_furniture_above_the_headline_is_dropped(top: tuple[str, ...]) -> None:
    draft = _topped(*top)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert all(line not in shown for line in top)
    assert flood_story_intact(shown)


def test_a_logos_word_printed_twice_over_the_players_labels_is_dropped() -> None:
    headline = "“A sign of hope”: Varnholt harbour reopens after the floods"
    draft = drafted(
        "\n\n".join(["NB NB", "Live now", "Start time", "Listen live", headline, *FLOOD_PARAGRAPHS])
    )
    assert draft["title"] == headline
    assert "NB NB" not in shown_in(draft)


def test_the_lead_videos_title_printed_twice_over_the_headline_is_dropped() -> None:
    video = "Oster Harbour Rally In Support Of Flood Victims Across The Region"
    draft = _topped(video, video)
    assert draft["title"] == HEADLINE
    assert video not in shown_in(draft)


def test_a_headline_printed_twice_stays_the_title() -> None:
    draft = drafted("\n\n".join([HEADLINE, HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == HEADLINE


@pytest.mark.parametrize(
    "caption",
    [
        "Ilse Brandt (left) and Per Holm (right).",
        "Per Holm (centre) with harbour staff on Monday",
    ],
)
def test_a_caption_saying_who_stands_where_is_dropped(caption: str) -> None:
    shown = shown_in(drafted(flood_page(caption, at=3)))
    assert caption not in shown
    assert flood_story_intact(shown)


def test_a_sentence_with_a_position_that_reports_someone_stays() -> None:
    line = "Mayor Ilse Brandt (left) said the wall would be rebuilt before the winter storms."
    assert line in shown_in(drafted(flood_page(line, at=2)))


def test_a_video_boxs_description_under_its_duration_is_dropped() -> None:
    box = (
        "Brandt 'hopeful' after harbour visit",
        "2 years ago",
        "Duration 1:45",
        "Mayor Ilse Brandt told reporters at the town hall on Tuesday that the harbour wall"
        " would be rebuilt by spring.",
    )
    shown = shown_in(drafted(flood_page(*box, at=1)))
    assert box[3] not in shown
    assert flood_story_intact(shown)


def test_a_writers_name_in_capitals_run_into_the_last_paragraph_is_cut() -> None:
    last = "The harbour office will reopen on Friday, the council said."
    shown = shown_in(drafted(flood_page(end=(last + " TOVE AASEN",))))
    assert "AASEN" not in shown
    assert last in shown


def test_a_paragraph_ending_with_a_body_in_capitals_keeps_it() -> None:
    last = "The harbour office will reopen on Friday, according to the NTB."
    assert last in shown_in(drafted(flood_page(end=(last,))))


def test_a_caption_with_its_credit_glued_on_is_dropped() -> None:
    caption = "Ilse Brandt outside the town hall in Varnholt, near Oster Credit: Per Holm NTB"
    shown = shown_in(drafted(flood_page(caption, at=2)))
    assert "Per Holm NTB" not in shown
    assert flood_story_intact(shown)


def test_the_flood_headline_is_kept_under_a_breadcrumb() -> None:
    draft = drafted("Home > News >\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE


def test_a_byline_split_over_two_lines_is_dropped_and_the_headline_stays() -> None:
    draft = drafted(
        "\n\n".join(
            ["October 18, 2011 4:39 PM", HEADLINE, "By", "Tove Aasen", "(NTB)", *FLOOD_PARAGRAPHS]
        )
    )
    assert draft["title"] == HEADLINE
    assert "Tove Aasen" not in shown_in(draft)


def test_a_headline_printed_twice_under_the_pages_chrome_stays_the_title() -> None:
    draft = drafted("\n\n".join(["Search", "08 Sept 2025", HEADLINE, HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == HEADLINE
