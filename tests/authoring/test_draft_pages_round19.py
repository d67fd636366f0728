"""Page furniture told by its form, nineteenth round (invented text): a caption with no
finite verb (names, then a participle or "together with"), a caption closed by the photo
desk's full date, a syndicated wire's date and source before the lede, a credit glued to a
caption with "©", breadcrumbs run into a headline printed again under them, and the role a
dropped caption gives in lowercase. Risks: a present-tense sentence, a sentence whose
verb is in the plural and a headline with a participle stay."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    people_in,
    shown_in,
)


def test_a_caption_of_names_and_a_participle_under_the_headline_is_no_title() -> None:
    caption = "Mayor Ilse Brandt and Per Holm, the harbour master, opening the new flood gate"
    draft = drafted("\n\n".join([FLOOD_HEADLINE, FLOOD_HEADLINE, caption, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == FLOOD_HEADLINE
    assert caption not in shown_in(draft)


def test_a_caption_of_names_joined_by_together_with_is_dropped() -> None:
    caption = "Mayor Ilse Brandt together with Per Holm, the harbour master of Varnholt."
    draft = drafted(flood_page(caption, at=2))
    assert "together with" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_caption_closed_by_the_desks_date_is_dropped() -> None:
    caption = "A lorry of sandbags stands by the harbour wall in Varnholt, Monday, May 5, 2025."
    draft = drafted(flood_page(caption, at=1))
    assert "lorry of sandbags stands" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_wire_feeds_date_and_source_before_the_lede_are_cut() -> None:
    lede = FLOOD_PARAGRAPHS[0]
    source = "(Oster Courier - Nordwire via FEEDCO) -- REPORTING FROM VARNHOLT --"
    wired = f"May 5, 2025 {source} {lede}"
    draft = drafted("\n\n".join([FLOOD_HEADLINE, wired, *FLOOD_PARAGRAPHS[1:]]))
    assert "Nordwire" not in shown_in(draft)
    assert lede[:60] in shown_in(draft)


def test_a_credit_glued_to_a_caption_with_a_copyright_sign_is_dropped() -> None:
    draft = drafted(flood_page("Varnholt harbour master Per Holm© NTB", at=0))
    assert "© NTB" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_breadcrumbs_run_into_the_headline_over_its_copy_leave_the_headline() -> None:
    draft = drafted("\n\n".join(["NewsLocal" + FLOOD_HEADLINE, FLOOD_HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == FLOOD_HEADLINE
    assert "NewsLocal" not in shown_in(draft)


def test_a_dropped_caption_still_gives_its_person_a_lowercase_role() -> None:
    quote = '"We will pump every street until the water is gone," Per Holm said on Tuesday.'
    page = [FLOOD_HEADLINE, "Varnholt ferry captain Per Holm© NTB", *FLOOD_PARAGRAPHS, quote]
    assert "captain" in people_in(drafted("\n\n".join(page))).get("Per Holm", "")


def test_sentences_in_the_present_tense_or_the_plural_stay() -> None:
    present = "Harbour master Per Holm, who runs the pumps, expects the water to fall by Friday."
    plural = "The Varnholt volunteers travel to Oster with two pumps, three lorries and a boat."
    verbless_with_verb = "The regional water board's ongoing repair work focus on the old sluice."
    draft = drafted(flood_page(present, plural, verbless_with_verb, at=2))
    for kept in (present, plural, verbless_with_verb):
        assert kept[:50] in shown_in(draft)


def test_a_headline_with_a_participle_under_the_pages_date_stays_the_title() -> None:
    headline = "Varnholt Council unlikely to reopen harbour, according to Mayor Ilse Brandt"
    top = ["Search icon", "News", "02nd Dec 2025", headline, "Jon Roe", "Ilse Brandt"]
    draft = drafted("\n\n".join([*top, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


def test_a_date_line_with_its_listen_button_is_no_title() -> None:
    draft = drafted("\n\n".join(["05.05.2025 LISTEN", *FLOOD_PARAGRAPHS]))
    assert "LISTEN" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_byline_template_with_no_name_is_no_heading() -> None:
    draft = drafted(flood_page("Written by on May 5, 2025", at=0))
    assert "Written by" not in shown_in(draft)


def test_two_labels_joined_by_an_arrow_are_breadcrumbs() -> None:
    draft = drafted(flood_page("News > Weather", at=1))
    assert "News > Weather" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_an_images_placeholder_word_run_into_a_paragraph_is_dropped() -> None:
    first, second, third = FLOOD_PARAGRAPHS
    page = [FLOOD_HEADLINE, first + " graphic", "graphic " + second, third]
    shown = shown_in(drafted("\n\n".join(page)))
    assert "graphic" not in shown
    assert flood_story_intact(shown)


def test_the_lead_pictures_label_is_no_title() -> None:
    top = [
        "Oster Scoop",
        "31 August 2025",
        "VARNHOLT: Floods reach the harbour as the river bursts",
        "Hero image",
        "Mayor Ilse Brandt. Photo: Jon Roe/NTB",
    ]
    draft = drafted("\n\n".join([*top, *FLOOD_PARAGRAPHS]))
    assert "Hero image" not in shown_in(draft)


def test_the_site_telling_the_reader_about_their_comment_is_dropped() -> None:
    notice = "This site uses Spamguard to reduce spam. Learn how your comment data is processed."
    draft = drafted(flood_page(at=3, end=("Please enter your name here", notice)))
    assert "Spamguard" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_headline_with_a_label_under_the_pages_chrome_is_the_title() -> None:
    headline = "VARNHOLT: Floods reach the old harbour as the river bursts"
    draft = drafted("\n\n".join(["Search icon", headline, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


def test_the_sites_page_timer_is_no_question() -> None:
    draft = drafted(flood_page(at=3, end=("Page generated in 0.0931 seconds.",)))
    assert "Page generated" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "note",
    [
        "To view this content, you'll need to update your privacy settings.",
        "Please click here to do so.",
        "Register for free to read more of the latest local news. It's easy.",
        "By Jon Roe (Senior Staff Reporter of The Oster Courier)",
        "Watch the full press conference below:",
        "Posts (Atom)",
    ],
)
def test_a_sites_own_note_between_paragraphs_is_dropped(note: str) -> None:
    draft = drafted(flood_page(note, at=2))
    assert note not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_comment_boxs_notice_under_the_story_is_dropped() -> None:
    notice = (
        "Comments are posted from viewers like you and do not always reflect the views of"
        " this station. powered by Disqus"
    )
    draft = drafted(flood_page(at=3, end=(notice,)))
    assert "Disqus" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_prompt_to_comment_over_the_lede_is_dropped() -> None:
    prompt = "Comment on this story on the"
    page = [FLOOD_HEADLINE, "Sign up for our weekly Varnholt newsletter", prompt, *FLOOD_PARAGRAPHS]
    draft = drafted("\n\n".join(page))
    assert prompt not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_print_editions_note_run_into_the_last_paragraph_is_cut() -> None:
    note = "A version of this article appears in the print on May 6, 2025, of The Oster Courier."
    last = FLOOD_PARAGRAPHS[2]
    draft = drafted("\n\n".join([FLOOD_HEADLINE, *FLOOD_PARAGRAPHS[:2], last + note]))
    assert "print on May 6" not in shown_in(draft)
    assert last[:50] in shown_in(draft)


def test_a_picture_described_between_its_credit_printed_twice_and_its_caption_go() -> None:
    picture = "Jon Roe A street under water by the harbour wall Jon Roe"
    caption = "Jon Roe says the water came up through the drains in Harbour Road"
    draft = drafted(flood_page(picture, caption, at=2))
    assert "street under water" not in shown_in(draft)
    assert "came up through the drains" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_sentence_that_opens_and_ends_with_one_name_is_kept_with_the_next() -> None:
    opens_and_ends = "Ilse Brandt thanked the volunteers who stood all night beside Ilse Brandt."
    nxt = "The mayor said the shelter would stay open."
    draft = drafted(flood_page(opens_and_ends, nxt, at=2))
    assert nxt[:30] in shown_in(draft)


def test_an_embedded_videos_label_between_paragraphs_is_no_heading() -> None:
    quote = '"We will open a second shelter tonight," Mayor Ilse Brandt said.'
    draft = drafted(flood_page(quote, "YouTube video", at=2))
    assert "YouTube video" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))
