"""Page clutter, fifty-sixth round (invented text).

A page with no headline in its copied text, whose story is followed by a "Related" block of
other stories, each printed as a card (its headline, a date line, its writer's byline, a
sentence of teaser): the story's paragraphs stay the story and keep their speakers; the cards'
headlines and teasers leave the draft. A headline over its date and byline is looked for on
the page's top; below two paragraphs of the story's prose, a signed line is another story's.

Each case reads the whole draft a person gets.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, shown_in
from tests.authoring.test_draft_recall_round44 import _speakers

_STORY = (
    "Lina Orvik",
    "After a winter of closed galleries and shortened hours, the county museums service is "
    "getting ready to open its halls and gardens to visitors every day of the week from the "
    "start of May to the end of September, with guided walks twice a day.",
    "“The closures tested everything we do for the public, and twice we had to lock every "
    "door we have and open again with fewer rooms and fewer hours than before,” says museums "
    "director, Lina Orvik.",
    "Harbour Gallery / County Museums",
    "“We are better prepared now than at any time before, and we look forward to welcoming "
    "families and schools all through a long and busy summer in every one of our halls.”",
    "The service will also open three houses that are usually closed, with timed tickets and "
    "small groups for each visit on the first weekend of every month.",
)
_CARDS = (
    "Related",
    "Why ferry timetables matter to the island's bakers",
    "14 March 2026",
    "by Tomas Brekke",
    "When the ferry left an hour earlier, the bakeries lost their morning trade within weeks.",
    "Five walking podcasts to take on a long weekend",
    "14 March 2026",
    "by Tomas Brekke",
    "A mix of local and foreign shows we think are worth a listen.",
    "Harbour board names new chief of cargo",
    "13 March 2026",
    "by Ada Lindqvist",
    "Before joining the harbour, she ran the county's rail freight office for six years.",
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_a_story_above_a_related_block_of_signed_cards_stays_the_story() -> None:
    draft = drafted(_page(*_STORY, *_CARDS))
    shown = shown_in(draft)
    assert "getting ready to open its halls and gardens" in shown
    assert "also open three houses that are usually closed" in shown
    assert "ferry timetables" not in shown
    assert draft["title"] != "Why ferry timetables matter to the island's bakers"


def test_the_story_keeps_its_speaker_over_a_related_block() -> None:
    speakers = _speakers(_page(*_STORY, *_CARDS))
    assert speakers.get("The closures tested ") == "Lina Orvik"
    assert speakers.get("We are better prepar") == "Lina Orvik"


def test_the_cards_headlines_and_teasers_leave_the_draft() -> None:
    shown = shown_in(drafted(_page(*_STORY, *_CARDS)))
    for card_line in (
        "Five walking podcasts to take on a long weekend",
        "A mix of local and foreign shows we think are worth a listen.",
        "Harbour board names new chief of cargo",
        "she ran the county's rail freight office",
        "the bakeries lost their morning trade",
    ):
        assert card_line not in shown


def test_a_headline_over_its_date_and_byline_still_leads_a_page() -> None:
    # the page's own head: a menu line, the headline, its date and byline, then the story
    page = _page(
        "Home | News | Sport",
        "County museums to open every day this summer",
        "14 March 2026",
        "by Tomas Brekke",
        *_STORY[1:],
    )
    draft = drafted(page)
    assert draft["title"] == "County museums to open every day this summer"
    assert "Home | News | Sport" not in shown_in(draft)


def test_one_signed_card_under_the_story_is_not_a_block() -> None:
    # a single headline, date and byline under the story: too little to call an index
    page = _page(
        *_STORY, "Harbour board names new chief of cargo", "13 March 2026", "by Ada Lindqvist"
    )
    shown = shown_in(drafted(page))
    assert "getting ready to open its halls and gardens" in shown


# A note about the text itself: what it is ("This is a press release ...", "This is a
# provisional translation ...") or where to read it whole ("To read the full article, visit
# ...", "[This article may also be viewed on ...]"). A story says what other people's texts
# are and who said so; it never describes its own page.
_FERRY = (
    "Ferry fares to rise in spring",
    "The island ferry company will raise its fares by six per cent from the first of April, "
    "the harbour board announced on Tuesday after a long meeting.",
    "“We held the fares for three winters and cannot hold them any longer,” board chair Ada "
    "Lindqvist said.",
)


@pytest.mark.parametrize(
    "note",
    [
        "This is a press release for whose content the agency takes no responsibility.",
        "This is a provisional translation made for reference only.",
        "This is an archived article and the figures in it may be out of date.",
        "To read the full article, visit the Harbour Times website.",
        "[This article may also be read on our Facebook page]",
        "Read the full story on the Island Courier's website.",
    ],
)
def test_a_note_about_the_text_itself_leaves_the_draft(note: str) -> None:
    draft = drafted(_page(*_FERRY[:2], note, _FERRY[2]))
    shown = shown_in(draft)
    assert note not in shown
    assert "raise its fares by six per cent" in shown
    assert _speakers(_page(*_FERRY[:2], note, _FERRY[2])).get("We held the fares fo") == (
        "Ada Lindqvist"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "This was set out in a statement the board signed on Monday.",
        "This is a translation of the minister's letter, the embassy said.",
        "This is a big day for the island, and the harbour board knows it.",
    ],
)
def test_a_story_sentence_about_a_text_stays(sentence: str) -> None:
    shown = shown_in(drafted(_page(*_FERRY[:2], sentence, _FERRY[2])))
    assert sentence in shown


# A picture's credit names its source, in a name ("Photo from the BBC") or in plain words
# ("Images from the reference sources"), with no verb after it; a sentence about pictures
# goes on to say what they show.
@pytest.mark.parametrize(
    "credit", ["Images from the reference sources", "Photo from social media", "Video via reader"]
)
def test_a_credit_in_plain_words_leaves_the_draft(credit: str) -> None:
    shown = shown_in(drafted(_page(*_FERRY[:2], credit, _FERRY[2])))
    assert credit not in shown
    assert "raise its fares by six per cent" in shown


def test_pictures_that_show_something_stay_a_sentence() -> None:
    line = "Photos from the harbour show the damage to the old pier."
    shown = shown_in(drafted(_page(*_FERRY[:2], line, _FERRY[2])))
    assert line in shown


def test_dated_cards_without_bylines_leave_the_draft_too() -> None:
    cards = (
        "More news",
        "Why ferry timetables matter to the island's bakers",
        "14 March 2026",
        "When the ferry left an hour earlier, the bakeries lost their morning trade within weeks.",
        "Harbour board names new chief of cargo",
        "13 March 2026",
        "Before joining the harbour, she ran the county's rail freight office for six years.",
    )
    shown = shown_in(drafted(_page(*_STORY, *cards)))
    assert "getting ready to open its halls and gardens" in shown
    assert "the bakeries lost their morning trade" not in shown
    assert "Harbour board names new chief of cargo" not in shown


# A post's meta line closes on how many read or answered it; a story tells a count in a
# sentence, with its verb and its stop.
@pytest.mark.parametrize(
    "meta",
    [
        "by harbourdesk on March 14, 20261289 Views",
        "March 14, 2026 Ada Lindqvist 293 views",
        "| 14/03/2026 | 0 Comments",
    ],
)
def test_a_dated_line_closed_by_a_reader_count_leaves_the_draft(meta: str) -> None:
    # under the headline, where a post prints it
    shown = shown_in(drafted(_page(_FERRY[0], meta, *_FERRY[1:])))
    assert meta not in shown
    assert "raise its fares by six per cent" in shown


def test_a_sentence_telling_a_count_of_views_stays() -> None:
    line = "The board's video of the meeting, posted on March 14, had 2,000 views"
    shown = shown_in(drafted(_page(*_FERRY[:2], line + ".", _FERRY[2])))
    assert line in shown
