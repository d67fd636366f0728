"""Page clutter, fifty-third round (invented text).

A related-reading label run into the story's first sentence leaves and the sentence stays.
A copyright notice in brackets run onto the last sentence leaves. A listed story's headline
with its "Read More" button is no section. A caption closed by "Photo credit: NAME." with a
stop leaves. A day's archive label ("Archive of May 11, 2011") is no title, nor are three
capitalised words of a page's label over a longer headline; a three-word headline over the
story stays the title.

Each case reads the whole draft a person gets, comments included: a line that left the
article is nowhere in it.
"""

from __future__ import annotations

import pytest

from bot.authoring import draft_briefing
from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_LONG_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


def _page(*paragraphs: str, headline: str = FLOOD_HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs)


@pytest.mark.parametrize("label", ["Related Stories", "Related Articles", "RELATED POSTS"])
def test_a_related_label_run_into_the_first_sentence_leaves(label: str) -> None:
    page = _page(f"{label} {FLOOD_PARAGRAPHS[0]}", *FLOOD_PARAGRAPHS[1:])
    text = draft_briefing(page)
    assert label not in text
    assert flood_story_intact(shown_in(drafted(page)))


@pytest.mark.parametrize(
    "notice",
    [
        "<Copyright © Varnholt Post, no reproduction>",
        "<저작권자 ⓒ 바른홀트신문 무단전재 및 재배포 금지>",
    ],
)
def test_a_copyright_notice_run_onto_the_last_sentence_leaves(notice: str) -> None:
    page = _page(*FLOOD_PARAGRAPHS[:-1], f"{FLOOD_PARAGRAPHS[-1]} {notice}")
    text = draft_briefing(page)
    assert "©" not in text and "ⓒ" not in text
    assert flood_story_intact(shown_in(drafted(page)))


def test_a_listed_headline_with_its_read_more_button_leaves() -> None:
    link = "Harbour Museum Reopens After Repairs Read More"
    text = draft_briefing(flood_page(link, at=2))
    assert "Read More" not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_a_sentence_ending_in_read_more_words_stays() -> None:
    line = "The library wants every child in Varnholt to read more this winter."
    assert line in shown_in(drafted(flood_page(line, at=2)))


def test_a_caption_closed_by_a_photo_credit_with_its_stop_leaves() -> None:
    caption = "Mayor Ilse Brandt, seen visiting the town hall shelter. Photo credit: VPN."
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert "seen visiting" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize("label", ["Archive of May 11, 2011", "Archive for 3 June 2020"])
def test_a_days_archive_label_is_no_title(label: str) -> None:
    draft = drafted(f"{label}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert label not in shown_in(draft)


@pytest.mark.parametrize("label", ["Online Ferry Tickets", "Harbour Club Rooms"])
def test_three_capitalised_words_over_a_longer_headline_are_no_title(label: str) -> None:
    draft = drafted(f"{label}\n\n" + _page(*FLOOD_PARAGRAPHS, headline=FLOOD_LONG_HEADLINE))
    assert draft["title"] == FLOOD_LONG_HEADLINE
    assert label not in draft_briefing(
        f"{label}\n\n" + _page(*FLOOD_PARAGRAPHS, headline=FLOOD_LONG_HEADLINE)
    )


def test_a_three_word_headline_over_the_story_stays_the_title() -> None:
    draft = drafted(_page(*FLOOD_PARAGRAPHS, headline="Floods Reach Varnholt"))
    assert draft["title"] == "Floods Reach Varnholt"


def test_a_dateline_lede_with_march_under_a_picture_stays() -> None:
    lede = "VARNHOLT, March 3 (VPN) – Forty homes near the old harbour wall flooded on Monday."
    shown = shown_in(drafted(_page("Image", lede, *FLOOD_PARAGRAPHS[1:])))
    assert "Forty homes near the old harbour wall flooded on Monday." in shown


def test_no_question_carries_a_heading_or_a_date_row_run_into_a_sentence() -> None:
    page = _page(
        "Weekly Digest - 4. 3. 2025 | 04.03.2025 Read the news of the week in the valley."
        " Reading time 2 min. 30 s HARBOUR SCHOOL PUPILS WIN THE REGIONAL CUP Pupils of the"
        " Harbour School in"
        " Varnholt won 12 of the 14 races at the regional games on Saturday.",
        *FLOOD_PARAGRAPHS,
    )
    prompts = " ".join(str(q["prompt"]) for q in drafted(page)["questions"])
    assert "|" not in prompts
    assert "HARBOUR SCHOOL" not in prompts
