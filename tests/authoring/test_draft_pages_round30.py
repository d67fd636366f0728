"""Page furniture told by its form, thirtieth round (invented text).

Chosen over groups A-S at once: a person's name alone on a line between paragraphs (the
caption over their picture, or the name set over their words) is no heading a briefing
titles a section with: its paragraphs stay, in the section before. A photographer's credit
over two lines ("Photo by", then the name alone) is the page's. Risks: a crosshead whose
words the story prints too ("the Supreme Court") stays a section title, and so does a name
the story never prints again (no sign it is the person the story is about).

Then from the forty-second and forty-third sets' leaks, read together: a widget's "Loading
comments...", a mail link printed twice, a protected address's stand-in ("[email
protected]"), a photo's donor ("Cover photo courtesy of ..."), the site to its reader ("You
can read the report ... here.", "Welcome to X.COM, the news archive website ..."), a cookie
widget's, an archive's and a tag page's labels over the headline. Risks: a sentence that
starts "Two years ago", a photo courtesy of someone that shows something, and a sentence that
welcomes someone stay.
"""

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


def _section_titles(draft: dict) -> list[str]:
    return [str(section["title"]) for section in draft["sections"]]


def test_a_name_alone_between_paragraphs_is_no_section_title() -> None:
    after = "Councillor Ruth Okafor said the pumps had been ordered in March but arrived late."
    later = "Okafor asked the water board for a full account of the delay."
    draft = drafted(flood_page("Ruth Okafor", after, later, at=2))
    assert "Ruth Okafor" not in _section_titles(draft)
    shown = shown_in(draft)
    assert after in shown and later in shown
    assert flood_story_intact(shown)


def test_a_name_with_an_office_alone_is_no_section_title() -> None:
    after = "Harbour master Ivo Lund closed the quay to boats until the water went down."
    later = "Lund said the ferries would run again on Friday."
    draft = drafted(flood_page("Harbour master Ivo Lund", after, later, at=2))
    assert not any("Ivo Lund" in title for title in _section_titles(draft))
    assert after in shown_in(draft)


def test_a_crosshead_the_story_names_as_a_thing_stays_a_section_title() -> None:
    crosshead = "Supreme Court"
    after = "The Supreme Court will hear the insurers' appeal against the payouts in May."
    draft = drafted(flood_page(f"## {crosshead}", after, at=3))
    assert crosshead in _section_titles(draft)


def test_a_name_heading_the_story_never_prints_again_stays() -> None:
    crosshead = "Northern Lights"
    after = "The festival on the harbour front was put off until the autumn."
    draft = drafted(flood_page(f"## {crosshead}", after, at=3))
    assert crosshead in _section_titles(draft)


def test_a_photo_credit_over_two_lines_is_dropped() -> None:
    page = "\n\n".join(
        [FLOOD_HEADLINE, FLOOD_PARAGRAPHS[0], "Photo by", "Karl Vinter", *FLOOD_PARAGRAPHS[1:]]
    )
    shown = shown_in(drafted(page))
    assert "Karl Vinter" not in shown and "Photo by" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Loading comments...",
        "Send by e-mailSend by e-mail",
        "[email protected]",
        "Cover photo courtesy of Karl Vinter/Nordland Images.",
        "You can read the water board's full report here.",
    ],
)
def test_a_line_of_the_page_between_paragraphs_is_dropped(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two years ago the same street flooded after a week of rain.",
        "A photo courtesy of the museum shows the harbour wall in 1902.",
        "Welcome to the shelter, the volunteers told each family at the door.",
    ],
)
def test_a_sentence_of_the_story_in_the_same_words_stays(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=2)))
    assert sentence in shown


@pytest.mark.parametrize(
    "line",
    [
        "Cookie Consent by Nordland Privacy Tools",
        "Archive for the Harbour News Category",
        'Home Tags Posts tagged with "Ilse Brandt"',
    ],
)
def test_a_line_of_the_site_over_the_headline_is_neither_title_nor_point(line: str) -> None:
    draft = drafted(f"{line}\n\n{flood_page()}")
    assert draft["title"] == FLOOD_HEADLINE
    shown = shown_in(draft)
    assert line not in shown
    assert flood_story_intact(shown)


def test_the_sites_welcome_over_a_short_headline_is_no_point() -> None:
    welcome = "Welcome to VARNHOLTNEWS.COM, the news archive website of the harbour towns."
    top = [welcome, "Harbour floods", "Article Origin", "Author", "Tove Aasen, Varnholt Writer"]
    page = "\n\n".join([*top, *FLOOD_PARAGRAPHS])
    shown = shown_in(drafted(page))
    assert welcome not in shown
    assert flood_story_intact(shown)
