"""Page clutter told by a line's form and place, thirty-sixth round (invented text).

From a census of every clutter leak over the 1,240 labeled articles, the shapes whose rule is
a line's form or its neighbours: a wire's or a reporter's credit run onto the end of a
paragraph ("... the department.- NNA", "(Jane Roe/NNS)", "Radio Nordland’s Jane Roe
reports."), a strip of other stories' cards (a headline over one short sentence, three or
more) above the page's headline, a kicker in capitals over the headline, a widget's error
or text-size tool. Risks: a story's headline over its one-sentence lede, a headline printed
in capitals over its standfirst, a story quoting an error, a sentence ending in capitals.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_LONG_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)

_LAST = "“We will rebuild the harbour wall before winter,” the mayor said."


@pytest.mark.parametrize(
    "tail",
    ["- NNA", ".- NORDPRESS", "(Jane Roe/NNS)", "Radio Nordland’s Jane Roe reports."],
)
def test_a_credit_run_onto_the_last_paragraph_is_cut_off(tail: str) -> None:
    glued = f"{_LAST}{tail}" if tail.startswith(".") else f"{_LAST} {tail}"
    shown = shown_in(drafted(flood_page(end=(glued,))))
    assert _LAST in shown
    assert tail.strip(".- ") not in shown
    assert flood_story_intact(shown)


def test_a_speaker_in_capitals_after_a_quote_keeps_it() -> None:
    line = "“We will rebuild the harbour wall before winter.” – BRANDT"
    shown = shown_in(drafted(flood_page(end=(line,))))
    assert "BRANDT" in shown or "Brandt" in shown


_CARDS = (
    "Nordland ferry fares to rise by a fifth",
    "The operator blamed the price of fuel.",
    "Lunde school reopens after repairs",
    "Pupils returned to the old building on Monday.",
    "Varnholt council approves new budget",
    "The budget adds two buses to the town's routes.",
)


def test_a_strip_of_cards_above_the_headline_is_not_the_story() -> None:
    headline = "Forty homes flooded in Varnholt"
    draft = drafted("\n\n".join([*_CARDS, headline, *FLOOD_PARAGRAPHS]))
    shown = shown_in(draft)
    assert draft["title"] == headline
    assert not any(card in shown for card in _CARDS)
    assert flood_story_intact(shown)


def test_a_headline_over_a_one_sentence_lede_stays_without_a_headline_under_it() -> None:
    """Three headline-and-sentence pairs with story prose under them, not another headline:
    the last pair may be the story's own headline and lede, so the pairs stay."""
    story = "\n\n".join([*_CARDS, *FLOOD_PARAGRAPHS])
    shown = shown_in(drafted(story))
    assert "The budget adds two buses to the town's routes." in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize("kicker", ["CALL AND RESPONSE", "WATER CRISIS", "OBITUARY"])
def test_a_kicker_in_capitals_over_the_headline_is_not_the_title(kicker: str) -> None:
    draft = drafted(f"{kicker}\n\n" + flood_page().replace(FLOOD_HEADLINE, FLOOD_LONG_HEADLINE))
    assert draft["title"] == FLOOD_LONG_HEADLINE
    assert kicker not in shown_in(draft)


def test_a_headline_in_capitals_over_its_standfirst_stays_the_title() -> None:
    headline = "FLOODS HIT VARNHOLT"
    standfirst = "Forty homes near the old harbour were under water by Monday night."
    draft = drafted("\n\n".join([headline, standfirst, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


@pytest.mark.parametrize("line", ["Oops, something went wrong.", "Adjust font size:"])
def test_a_widgets_words_between_paragraphs_are_not_points(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line not in shown
    assert flood_story_intact(shown)


def test_a_story_quoting_an_error_keeps_it() -> None:
    line = "“Oops, something went wrong with the pumps,” the engineer told the council."
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert "something went wrong with the pumps" in shown


@pytest.mark.parametrize("front", ["", "HomeNews"])
def test_a_cut_copy_of_a_paragraph_is_dropped_and_the_paragraph_stays(front: str) -> None:
    full = FLOOD_PARAGRAPHS[1]
    cut = f"{front}{full[:90].rstrip()} ..."
    draft = drafted(flood_page(cut, at=1))
    points = [p for s in draft["sections"] for p in s["points"]]
    assert not any(p.endswith("...") for p in points)
    assert flood_story_intact(shown_in(draft))


def test_a_paragraph_trailing_off_with_an_ellipsis_stays() -> None:
    line = "The harbour master said the sea wall had held for a century, and then ..."
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line in shown


@pytest.mark.parametrize("credit", ["Dialogue: Jane Roe", "Interview by Jane Roe"])
def test_an_interviewers_credit_on_top_is_not_the_title_nor_a_person(credit: str) -> None:
    draft = drafted(f"{credit}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Jane Roe" not in shown_in(draft)


def test_a_sentence_about_an_interview_stays() -> None:
    line = "Interviewed by Radio Nordland on Tuesday, the mayor said the wall would hold."
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line in shown
