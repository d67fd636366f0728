"""Page clutter and questions, forty-seventh round (invented text).

A back link led by its arrow ("< Back to News") is no title. A byline with the outlet after
a slash ("by Jane Roe/Varnholt Post") and a byline with a translator's credit after a bar
leave. The outlet's slogan over its page ("Nordland's weekly news & current affairs
magazine") is no title. A screen reader's "(opens in a new tab)" leaves the sentence it sits
in, an aggregator's ">>click to read<<" and its clock leave the paragraph they end, and a name
run on after a standfirst's stop with no space leaves the standfirst. No blank cuts a number
written with a raised decimal dot ("6·5 km") in two, and none asks a place whose people the
sentence names ("the war in _____, support Ukrainians").
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    fact_questions,
    flood_page,
    flood_story_intact,
    shown_in,
    speakers_in,
)


@pytest.mark.parametrize("link", ["< Back to News", "‹ Back to stories", "« Back to the archive"])
def test_a_back_link_with_its_arrow_on_top_of_a_page_is_no_title(link: str) -> None:
    draft = drafted(f"{link}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert link not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "byline",
    [
        "by Jane Roe/Varnholt Post",
        "Reported by Jane Roe | Translated by Per Holm",
        "Written by Jane Roe; Edited by Per Holm",
    ],
)
def test_a_byline_with_its_outlet_or_a_translators_credit_leaves(byline: str) -> None:
    shown = shown_in(drafted(flood_page(byline, at=0)))
    assert byline not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "slogan",
    [
        "Nordland’s weekly political & current affairs magazine",
        "The most trusted news source in Nordland",
        "The Voice of Northern Harbours",
    ],
)
def test_the_outlets_slogan_on_top_of_a_page_is_no_title(slogan: str) -> None:
    draft = drafted(f"{slogan}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert slogan not in shown_in(draft)


def test_a_headline_naming_a_newspaper_stays_the_title() -> None:
    headline = "Nordland’s oldest newspaper closes after 140 years"
    draft = drafted(headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline


def test_a_screen_readers_new_tab_note_leaves_the_sentence_and_its_quote() -> None:
    paragraph = (
        "Ilse Brandt, head of the Varnholt Harbour Board (opens in a new tab), said the"
        " season was the worst in years. “We are rebuilding the Harbour Act(opens in a new"
        " tab),” she said."
    )
    draft = drafted(flood_page(paragraph, at=1))
    shown = shown_in(draft)
    assert "opens in a new tab" not in shown
    assert "Varnholt Harbour Board, said the season was the worst in years." in shown
    assert speakers_in(draft).get("We are rebuilding the Harbour Act") == "Ilse Brandt"


def test_an_aggregators_click_to_read_and_its_clock_leave_the_paragraph() -> None:
    paragraph = (
        "Engineers from the regional water board began pumping the lower streets on Tuesday"
        " morning, the board said. more, >>click to read<< 14:21"
    )
    shown = shown_in(drafted(flood_page(paragraph, at=3)))
    assert "click to read" not in shown
    assert "14:21" not in shown
    assert "the board said." in shown


def test_a_name_run_on_after_the_standfirsts_stop_leaves_it() -> None:
    standfirst = (
        "Floods after a week of heavy rain have reached homes across the northern valleys.Jane Roe"
    )
    shown = shown_in(drafted(flood_page(standfirst, at=0)))
    assert "Jane Roe" not in shown
    assert "have reached homes across the northern valleys." in shown
    assert flood_story_intact(shown)


def test_a_sentence_run_on_after_a_stop_mid_paragraph_stays() -> None:
    paragraph = (
        "The harbour master closed the outer basin on Monday.Ilse Brandt, the harbour"
        " master, said the basin would open again on Friday."
    )
    assert "said the basin would open again on Friday." in shown_in(
        drafted(flood_page(paragraph, at=1))
    )


def test_no_blank_cuts_a_number_with_a_raised_decimal_dot() -> None:
    paragraphs = [
        "A 6·5 km extension of the Varnholt tram network opened on Monday, the city said.",
        "The line has 12 new stops between the harbour and the hospital.",
    ]
    answers = [(q["prompt"], q["answer"]) for q in fact_questions(paragraphs)]
    assert not [a for p, a in answers if "_____·" in p or "·_____" in p]
    assert "12" in [a for _, a in answers]


def _ukraine_answers(people: str) -> list[str]:
    paragraphs = [
        "Mayors in the north joined forces on Monday to help end the war in Ukraine and"
        f" support {people} fleeing the fighting.",
        "A first group of 40 families reached Poland in March.",
        "Another 25 families arrived in Germany in April.",
    ]
    return [q["answer"] for q in fact_questions(paragraphs)]


def test_no_blank_asks_a_place_whose_people_the_sentence_names() -> None:
    assert "Ukraine" not in _ukraine_answers("Ukrainians")


def test_a_blank_on_a_place_whose_people_go_unnamed_stays() -> None:
    assert "Ukraine" in _ukraine_answers("families")
