"""Page furniture over the story and around it, told by structure (invented text): above
the story's first sentence, a picture's caption that ends in a name the story repeats, a
line cut off at a comma, the page's menu items, and a writer the story never names; a
caption ending with its credit; the comment form below the story; a short quote that
closes the paragraph under another story's headline; a credit signing a paragraph; a tag
in brackets after the headline."""

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


def _page(*top: str) -> dict:
    return drafted("\n\n".join([*top, *FLOOD_PARAGRAPHS]))


@pytest.mark.parametrize(
    "caption", ["Varnholt harbour master Ilse Brandt", "Harbour board chairwoman Ilse Brandt"]
)
def test_a_caption_naming_someone_of_the_story_under_the_headline_is_dropped(
    caption: str,
) -> None:
    draft = _page(HEADLINE, caption)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert caption not in [s["title"] for s in draft["sections"]]
    assert caption not in shown.replace("Mayor Ilse Brandt said", "")
    assert flood_story_intact(shown)


def test_a_standfirst_under_the_headline_that_ends_in_a_name_and_reports_stays() -> None:
    standfirst = "Shelter stays open overnight, says Ilse Brandt"
    draft = _page(HEADLINE, standfirst)
    assert standfirst in shown_in(draft)


def test_a_line_cut_off_at_a_comma_over_the_story_is_dropped() -> None:
    caption = "Harbour master of Varnholt, Mrs Ilse Brandt,"
    draft = _page(HEADLINE, caption)
    assert "Harbour master of Varnholt" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_pages_menu_items_over_the_story_are_dropped() -> None:
    menu = "\n".join(["- Advertise", "- Contact Us", "- Login"])
    draft = drafted(menu + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    shown = shown_in(draft)
    assert not any(item in shown for item in ("Advertise", "Contact Us", "Login"))
    assert flood_story_intact(shown)


@pytest.mark.parametrize("byline", ["From Tove Aasen, Varnholt", "Tove Aasen in Varnholt"])
def test_a_writer_the_story_never_names_is_no_title(byline: str) -> None:
    draft = _page(byline)
    assert draft["title"] != byline
    assert "Tove Aasen" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_first_sentence_without_its_stop_stays_in_the_story() -> None:
    lede = (
        "The regional court in Varnholt has adjourned the case of the harbour wall against"
        " the builders who repaired it before the floods, the town's lawyers (Brandt & Roe)"
    )
    draft = drafted("\n\n".join(["From Tove Aasen, Varnholt", lede, *FLOOD_PARAGRAPHS]))
    assert lede[:60] in "\n".join(p for s in draft["sections"] for p in s["points"])


@pytest.mark.parametrize(
    "caption",
    [
        "Ilse Brandt on the harbour wall on March 4. Photo: Jon Roe/ Oster Courier.",
        "Mayor Ilse Brandt has urged residents to stay away from the harbour wall while the"
        " water is high. Photo: Varnholt Council.",
        "Mayor Ilse Brandt [Source: Varnholt Council]",
    ],
)
def test_a_caption_ending_with_its_credit_is_dropped(caption: str) -> None:
    draft = drafted(flood_page(caption))
    shown = shown_in(draft)
    assert caption[:40] not in shown
    assert flood_story_intact(shown)


def test_the_comment_form_below_the_story_is_dropped() -> None:
    end = (
        "Watch the video below:",
        "Leave a Reply",
        "This site filters comments to reduce spam. Learn how your comment data is processed.",
    )
    draft = drafted(flood_page(at=3, end=end))
    shown = shown_in(draft)
    assert not any(line[:20] in shown for line in end)
    assert flood_story_intact(shown)


def test_another_storys_headline_over_a_short_quote_is_dropped() -> None:
    teaser = "Oster council chief and harbour board chief quit amid protests, officials say"
    quote = "“We will stay on the streets until the wall is mended.”"
    draft = drafted(flood_page(teaser, quote, at=2))
    shown = shown_in(draft)
    assert teaser not in shown
    assert quote.strip("“”")[:30] in shown


def test_a_credit_signing_a_paragraph_goes_and_the_quote_stays() -> None:
    signed = (
        "“The boats were brought up to the higher ground to keep them safe,” she added."
        " Jon Roe / PNA – ostercourier.com"
    )
    draft = drafted(flood_page(signed, at=2))
    shown = shown_in(draft)
    assert "Jon Roe" not in shown
    assert "The boats were brought up to the higher ground" in shown


def test_a_tag_in_brackets_after_the_headline_leaves_the_title() -> None:
    draft = drafted(flood_page().replace(FLOOD_HEADLINE, f"{FLOOD_HEADLINE} [VIDEO]", 1))
    assert draft["title"] == FLOOD_HEADLINE


def test_a_long_caption_signed_by_its_photographer_and_agency_is_dropped() -> None:
    caption = (
        "File photo dated 04/03 2021 of sandbags on the harbour wall in Varnholt. Engineers"
        " are due to meet the mayor for talks on the wall's repair. Issue date: Monday March"
        " 4, 2024. Ilse Brandt has said the town hall will stay open as a shelter, but"
        " admitted she cannot say when the water will fall. Some residents have voiced"
        " concerns about the cost of the pumps and the time the repairs will take. See the"
        " story FLOODS Varnholt. Photo credit should read: Jon Roe/Oster Wire"
    )
    draft = drafted(flood_page(caption))
    shown = shown_in(draft)
    assert "File photo dated" not in shown
    assert "Jon Roe" not in shown
    assert flood_story_intact(shown)


def test_the_comment_count_below_the_story_ends_the_article() -> None:
    end = (
        "(0) comments",
        "Welcome to the discussion.",
        "Keep it clean. Please avoid rude language in your comments.",
    )
    draft = drafted(flood_page(at=3, end=end))
    shown = shown_in(draft)
    assert not any(line[:20] in shown for line in end)
    assert flood_story_intact(shown)


@pytest.mark.parametrize("tail", [".png)", ".jpg)"])
def test_the_tail_of_an_images_markup_is_no_title_or_point(tail: str) -> None:
    draft = drafted("\n".join([tail, *FLOOD_PARAGRAPHS]))
    assert draft["title"] != tail
    assert tail not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))
