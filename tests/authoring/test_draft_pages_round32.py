"""The site's own lines told by their form, thirty-second round (invented text).

From a census of every clutter leak over the labeled articles, the families whose rule is a
line's form: the site's slogan (its trade or its address and whom it serves, no verb) over
the headline or between paragraphs, a note that the page is archived, an image search's
leftover alternative text, a category line with its comment counter, a sponsor's label
whose logo was a picture, a free host's banner, a teaser's question to the reader, and rows
of keywords (in lowercase anywhere, in capitals below the story). Risks: story sentences
about news, journalism or a newspaper (with a verb), a headline in capitals of eight words,
a sentence opening "Posted in", a quoted question.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    dropped_over_headline,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "line",
    [
        "News that matters in Nordland",  # the site's slogans
        "The essential local news source",
        "Nordland.com for people living in or visiting the Varnholt area",
        "Home of the Northern Coast",
        "Image result for Varnholt harbour flood",  # an image search's alt text
        "Make your own free website on",  # a free host's banner
        "120l per day drought emergency water supply plan extreme water restrictions varnholt",
    ],
)
def test_the_sites_own_line_over_the_headline_is_not_the_title(line: str) -> None:
    assert dropped_over_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Journalism for the curious reader across politics, business and culture.",
        "The Varnholt weekly newspaper, on sale at newsagents.",
        "This is an archived article and the information in the article may be outdated. "
        "Please look at the time stamp on the story to see when it was last updated.",
        "Posted in Local, News, Weather0 Comments",
        "Did you read this?",
        "Advertising",
        "In association with",
        "Supported by",
        "Create a free website or blog at WordPress.com.",
    ],
)
def test_the_sites_lines_between_paragraphs_are_not_points(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line not in shown
    assert flood_story_intact(shown)


def test_a_row_of_tags_in_capitals_under_the_story_is_dropped() -> None:
    tags = "Nordland Council Floods Harbour Varnholt River Weather Emergency Services Pumps"
    after = "The council meets again on Friday to discuss repairs to the harbour wall and pumps."
    shown = shown_in(drafted(flood_page(end=(tags, after))))
    assert tags not in shown
    assert after[:50] in shown
    assert flood_story_intact(shown)


def test_a_headline_of_capitalised_keywords_stays_the_title() -> None:
    headline = "Varnholt Mayor Orders Pumps Amid Harbour Flood Emergency Tonight"
    draft = drafted(headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline


@pytest.mark.parametrize(
    "sentence",
    [
        "News that the harbour had flooded reached the council at noon, the mayor said.",
        "The Varnholt Courier newspaper was the first to report the flood on Monday.",
        "Journalism for the town's young readers is the subject of a workshop on Friday.",
        "Posted in Varnholt since 2019, the pumps were never tested, officials said.",
        "“Did you read this?” the harbour master asked reporters, holding the report.",
        "Build a free website for every school in Varnholt, the minister told the council.",
    ],
)
def test_story_sentences_of_the_same_words_stay(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=2)))
    assert sentence[:50] in shown
    assert flood_story_intact(shown)
