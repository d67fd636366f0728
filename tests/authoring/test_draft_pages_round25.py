"""Page furniture told by its form, twenty-fifth round (invented text). From the
thirty-second set's misses: a row of metadata labels left without their values
("Published: Updated:"), a request to follow the outlet "via our Facebook and X pages", an
advert telling the reader to promote their business, a writer's signature closed by an
e-mail address, the title of a newsletter box over its sign-up line, an archived
edition's labels (the outlet's name and the edition's date, the week it covers), other
stories' headlines after a release's "Source:" line, and a republished story's note
("This content originally appeared on ..."). From the thirty-third set's: a caption naming
people "with" others and no verb ("Mayor Jane Roe with members of the board at a meeting
this week."), the page's reading time ("Reading time 1 min."), a teaser under a "RELATED
|" label, a staff byline in capitals with its stop, and a briefing's "Stay up-to-date on
the latest news with ..." box. Risks: a sentence giving an e-mail address with its stop, a
report of people following a page, residents told to stay up to date on the river, a dated
sentence of the story and a sentence naming people "with" others and a verb stay as they
are."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, flood_page, flood_story_intact, shown_in


@pytest.mark.parametrize(
    "label",
    [
        "Published: Updated:",
        "Members of the public are asked to like and follow the harbour police via our"
        " Facebook and X pages for the latest news.",
        "Promote your business with the Varnholt Courier",
        "- Tove Lind Harbour correspondent tove.lind@courier.example",
        "Nordland Courier - 11th May 2005",
        "Week May 5th to May 11th 2005.",
        "This content originally appeared on the Nordland Courier.",
        "Reading time 1 min.",
        "RELATED | Harbour board approves a new wall for Varnholt",
        "TOVE LIND, COURIER STAFF WRITER.",
        "Stay up-to-date on the latest news with The Varnholt Briefing - keeping you in the"
        " loop with news as it hits:",
    ],
)
def test_a_page_label_between_paragraphs_is_dropped(label: str) -> None:
    shown = shown_in(drafted(flood_page(label, at=1)))
    assert label.removeprefix("- ") not in shown
    assert flood_story_intact(shown)


def test_a_newsletter_boxs_title_goes_with_its_sign_up_line() -> None:
    title = "Get the daily Varnholt news"
    box = "The day's top stories, delivered to your inbox once a day."
    shown = shown_in(drafted(flood_page(f"{title}\n{box}", at=2)))
    assert title not in shown and box not in shown
    assert flood_story_intact(shown)


def test_other_stories_after_a_releases_source_line_are_dropped() -> None:
    link = "New Rules for Nordland’s Ferry Sector"
    last = "Police investigate break-in at Lindby, Nordland, N.S."
    shown = shown_in(drafted(flood_page(end=("Source: Release", link, last))))
    assert link not in shown
    assert flood_story_intact(shown)


def test_a_caption_naming_people_with_others_and_no_verb_is_dropped() -> None:
    caption = (
        "Varnholt Mayor Ilse Brandt with members of the new Nordland Council of Mayors at a"
        " meeting this week."
    )
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert caption not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "prose",
    [
        "Residents can report flooded cellars to the board at floods@board.example.",
        "More than 2,000 people now follow the harbour police on Facebook, the chief said.",
        "The board last flooded the quay on 11th May 2005, when the wall gave way.",
        "Mayor Ilse Brandt with two aides met the harbour board on Tuesday.",
        "Residents were told to stay up to date on the river levels through the radio.",
    ],
)
def test_the_storys_own_sentences_stay(prose: str) -> None:
    shown = shown_in(drafted(flood_page(prose, at=1)))
    assert prose[:50] in shown
    assert flood_story_intact(shown)
