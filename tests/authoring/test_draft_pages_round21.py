"""Page furniture told by its form, twenty-first round (invented text): an embedded post's
text ending in its picture link and its signature, a shortcode left unrendered and the
marker where the story resumes, an audio player loading, a blog's feed link, an archive
page's label, a membership offer, a caption printed again with its agency's credit, an
outlet's name in brackets after a dateline, a headline run into its own copy. Risks: a
sentence about a membership, a dateline with no bracket, a paragraph quoting a post's
words, a headline that repeats a phrase stay as they are."""

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
        "[ad_1]",
        "Article content continued",
        "Getting your Nordcast Audio player ready...",
        "Post Comments (Atom)",
        "Tag Archives: Nordland Water Board",
        "Access exclusive interviews and analysis with a monthly or annual membership.",
    ],
)
def test_an_embed_or_a_systems_notice_between_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=1))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_an_embedded_post_and_its_signature_are_dropped() -> None:
    post = (
        "Harbour master Per Holm speaks to Nordland Radio about the night the quay flooded"
        " pic.twitter.com/Xy12AbCd"
    )
    signature = "— Nordland Radio (@NordRadio) March 3, 2024"
    draft = drafted(flood_page(post, signature, at=2))
    assert "speaks to Nordland Radio" not in shown_in(draft)
    assert "@NordRadio" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_shortcode_over_the_story_is_no_title() -> None:
    draft = drafted("[ad_1]\n\nArticle content continued\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] not in ("[ad_1]", "Article content continued")
    assert flood_story_intact(shown_in(draft))


def test_a_caption_printed_again_with_its_credit_is_dropped() -> None:
    caption = (
        "Volunteers carry sandbags along the harbour wall in Varnholt, Nordland, March 3, 2024."
    )
    draft = drafted(flood_page(caption, f"{caption} NTB/Per Holm/File Photo", at=1))
    assert "Volunteers carry sandbags" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_an_outlets_name_after_the_dateline_is_cut() -> None:
    lede = f"Varnholt, Mar 3 (Nordland Post) - {FLOOD_PARAGRAPHS[0]}"
    draft = drafted("\n\n".join([FLOOD_HEADLINE, lede, *FLOOD_PARAGRAPHS[1:]]))
    shown = shown_in(draft)
    assert "Nordland Post" not in shown
    assert f"Varnholt, Mar 3: {FLOOD_PARAGRAPHS[0][:40]}" in shown


def test_a_headline_run_into_its_own_copy_is_printed_once() -> None:
    draft = drafted(flood_page(at=0).replace(FLOOD_HEADLINE, f"{FLOOD_HEADLINE} {FLOOD_HEADLINE}"))
    assert draft["title"] == FLOOD_HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Members of the sailing club pay for the boats with a monthly or annual membership.",
        "Harbour master Per Holm posted a picture of the flooded quay on Twitter on Monday.",
    ],
)
def test_prose_about_a_membership_or_a_post_stays(line: str) -> None:
    draft = drafted(flood_page(line, at=1))
    assert line[:50] in shown_in(draft)


def test_a_dateline_with_no_bracket_and_a_repeated_phrase_stay() -> None:
    headline = "Rain, rain and more rain for Varnholt"
    lede = f"Varnholt, Mar 3 - {FLOOD_PARAGRAPHS[0]}"
    draft = drafted("\n\n".join([headline, lede, *FLOOD_PARAGRAPHS[1:]]))
    assert draft["title"] == headline
    assert lede[:60] in shown_in(draft)
