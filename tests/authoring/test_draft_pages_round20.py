"""Page labels told by their form, twentieth round (invented text): a caption opening by
naming the picture, a file photo's label ending in its month and year, a logo's name with
its initials, a social media embed's frame, a link's
sentence, an app prompt, a lowercase image text or link among paragraphs, a feed's name
and the story's age, a relative day before the byline. Risks: a sentence that opens with
"The photo", a paragraph written in lowercase with a stop and a list in lowercase stay."""

from __future__ import annotations

import pytest

from bot.authoring.clutter import clutter_flags
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


@pytest.mark.parametrize(
    "label",
    [
        "Related Businesses",
        "You have permission to edit this article.",
    ],
)
def test_a_site_label_between_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=1))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "label",
    [
        "General News of Sunday, 16 July 2023",
        "From the news desk",
        "Support this work for $1 a month",
        "Blog Page 2",
        "19.4 C",
        "Varnholt 87.8 FM Playing The Music You Know And Love",
        "Photo of the harbour wall from the town hall",
    ],
)
def test_a_site_label_over_the_date_and_headline_is_no_title(label: str) -> None:
    page = [label, "Wednesday, July 24, 2024", FLOOD_HEADLINE, *FLOOD_PARAGRAPHS]
    draft = drafted("\n\n".join(page))
    assert draft["title"] == FLOOD_HEADLINE
    assert label not in shown_in(draft)


def test_an_audio_players_credit_over_the_headline_is_no_title() -> None:
    draft = drafted("\n\n".join(["Audio By Nordcast", FLOOD_HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == FLOOD_HEADLINE


def test_a_writer_and_dateline_under_a_news_service_are_dropped() -> None:
    page = ["Nordland News Service", "Jon Berg", "Varnholt, December 13", *FLOOD_PARAGRAPHS]
    shown = shown_in(drafted("\n\n".join(page)))
    assert "News Service" not in shown
    assert "Jon Berg" not in shown
    assert "December 13" not in shown
    assert flood_story_intact(shown)


def test_another_storys_headline_under_a_read_label_is_dropped() -> None:
    teaser = (
        "Read: Nordland mayor opens the new ferry terminal by the old harbour on the north side"
    )
    draft = drafted(flood_page(end=(teaser,), at=3))
    assert "ferry terminal" not in shown_in(draft)


def test_a_date_line_after_the_follow_buttons_is_dropped() -> None:
    stamp = "Follow on Published On: Sat, 16 Nov 2024 19:34:27 PKT"
    draft = drafted(flood_page(stamp, at=0))
    assert "Published On" not in shown_in(draft)


@pytest.mark.parametrize("line", ["[VIDEO] " + FLOOD_HEADLINE, "Home News " + FLOOD_HEADLINE])
def test_a_media_label_or_breadcrumbs_run_into_the_headline_are_cut(line: str) -> None:
    draft = drafted("\n\n".join([line, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == FLOOD_HEADLINE


def test_a_wires_bracketed_source_and_date_after_the_dateline_are_cut() -> None:
    lede = "VARNHOLT, (NTB - Nordland Wire - 25th Mar, 2025 ) :" + FLOOD_PARAGRAPHS[0]
    shown = shown_in(drafted("\n\n".join([FLOOD_HEADLINE, lede, *FLOOD_PARAGRAPHS[1:]])))
    assert "Nordland Wire" not in shown
    assert FLOOD_PARAGRAPHS[0][:50] in shown


def test_links_in_brackets_after_the_last_stop_are_cut() -> None:
    tail = FLOOD_PARAGRAPHS[0] + " (Flood Map | More Weather News)"
    shown = shown_in(drafted("\n\n".join([FLOOD_HEADLINE, tail, *FLOOD_PARAGRAPHS[1:]])))
    assert "More Weather News" not in shown
    assert FLOOD_PARAGRAPHS[0][:50] in shown


@pytest.mark.parametrize(
    "label",
    [
        "Nordcast, Inc.",
        "Unlimited Portal Access + Monthly Magazine - 12 issues |",
        "Buy Our Merchandise (Harbour Series)",
        "Close Sign up for free Nordland Newsletters Get the latest in Nordland news delivered"
        " straight to your inbox Top Headlines Nordland Governance Legal Affairs By submitting"
        " above, you agree to our privacy policy. Success! Almost finished... We need to confirm"
        " your email address. To complete the process, please follow the instructions in the"
        " email we just sent you. Error! There was a problem processing your submission",
        "The harbour board members from left, are Ilse Brandt, Per Holm and Jon Berg.",
        "More information: J. Roe et al, Floods of the North Sea coast, Coastal Journal (2024)."
        " DOI: 10.3847/2041-8213/aad62e",
        "Per Holm is sent off by Referee Jon Berg Per Holm is sent off by referee Jon Berg."
        " Jane Roe / NTB Jane Roe / NTB / NTB",
    ],
)
def test_a_page_box_or_caption_among_paragraphs_is_dropped(label: str) -> None:
    draft = drafted(flood_page(label, at=2))
    assert label[:30] not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_sentence_naming_who_sat_from_left_in_a_quote_is_kept() -> None:
    sentence = (
        "Mayor Ilse Brandt said the engineers, from left to right on the quay, had worked"
        " through the night."
    )
    draft = drafted(flood_page(sentence, at=2))
    assert sentence[:40] in shown_in(draft)


def test_a_one_sentence_caption_in_the_present_tense_is_dropped() -> None:
    caption = "Man walks his dog next to the flooded harbour wall."
    draft = drafted(flood_page(caption, at=1))
    assert "walks his dog" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_headline_in_the_present_tense_stays_the_title() -> None:
    headline = "Mayor Brandt looks to reopen Varnholt harbour"
    draft = drafted("\n\n".join([headline, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


def test_a_details_button_is_dropped() -> None:
    draft = drafted(flood_page("Details", at=2))
    assert "Details" not in shown_in(draft)


_PULL_QUOTE = "The town has never seen the river this high in the forty years I have lived here"


def test_a_pull_quote_and_its_attribution_are_dropped() -> None:
    quote = f"“{_PULL_QUOTE},” said Per Holm of the Varnholt Harbour Residents Alliance."
    attribution = "Per Holm, Varnholt Harbour Residents Alliance"
    lines = [FLOOD_HEADLINE, FLOOD_PARAGRAPHS[0], quote, FLOOD_PARAGRAPHS[1], _PULL_QUOTE]
    lines += [attribution, FLOOD_PARAGRAPHS[2]]
    flags = clutter_flags(lines, [True] * 4 + [True, False, True])
    assert flags == [False, False, False, False, True, True, False]


def test_a_headline_repeated_in_the_lede_stays_the_title() -> None:
    headline = "Floods reach Varnholt harbour as the river bursts its banks at last"
    lede = f"{headline}, the town's mayor said on Monday after a night of heavy rain."
    draft = drafted("\n\n".join([headline, lede, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


def test_a_newsletter_box_run_into_a_paragraph_is_cut() -> None:
    box = "Headlines Delivered to Your Inbox Sign up for The Courier’s morning newsletters."
    run_in = f"{FLOOD_PARAGRAPHS[0]}   {box} {FLOOD_PARAGRAPHS[1]}"
    shown = shown_in(drafted("\n\n".join([FLOOD_HEADLINE, run_in, FLOOD_PARAGRAPHS[2]])))
    assert "Your Inbox" not in shown
    assert flood_story_intact(shown)
