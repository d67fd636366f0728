"""Page clutter and bad questions, thirty-eighth round (invented text).

An agency's sign-off alone under the story ends the article: the box the page prints below
it (traffic, weather, teasers) is not the story and gives no question. A picture's credit
with "from" or "by", a clipping's source line, an editor's cut mark and the cookie banner
leave the draft; an issue label over its date leaves with it, so the headline under them is
the title. A sentence into which the page ran a crosshead or a caption ("... on Russian
tourists At the press conference ...") is no true/false statement. Risks: the agency's name
over the story as its byline, an agency's name amid the story with story paragraphs below
it, story sentences about photos and cookies, a title or a name after a lowercase word.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    drafted_story,
    dropped_over_headline,
    flood_page,
    flood_story_intact,
    shown_in,
)

_TRAFFIC_BOX = (
    "Latest Traffic & Weather",
    "EB 12 at Harbour Road, the left lane is blocked with a stalled lorry.",
    "Latest Traffic",
    "Read more",
    "A grey weekend ahead for Varnholt with showers and a cool wind off the sea. More rain…",
)


def _prompts(draft: dict) -> list[str]:
    return [str(q["prompt"]) for q in draft["questions"]]


@pytest.mark.parametrize("sign_off", ["The Associated Press", "— Reuters", "AFP"])
def test_the_box_under_an_agencys_sign_off_leaves_the_draft(sign_off: str) -> None:
    draft = drafted(flood_page(at=3, end=(sign_off, *_TRAFFIC_BOX)))
    shown = shown_in(draft)
    assert flood_story_intact(shown)
    assert "stalled lorry" not in shown
    assert "Latest Traffic" not in shown
    assert "grey weekend" not in shown
    assert not any("stalled lorry" in prompt for prompt in _prompts(draft))


def test_an_agency_over_the_story_is_its_byline_and_the_story_stays() -> None:
    draft = drafted(f"{FLOOD_HEADLINE}\n\nAFP\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == FLOOD_HEADLINE
    assert flood_story_intact(shown_in(draft))


def test_story_paragraphs_under_an_agencys_name_amid_the_story_stay() -> None:
    """A photo's credit between two paragraphs: the paragraphs under it are the story's."""
    shown = shown_in(drafted(flood_page("Reuters", at=1)))
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Photo from the Varnholt Courier",
        "Artwork by Jane Roe",
        "Embed from Getty Images",
        "/snip/",
        "[snip]",
        "Varnholt Courier 29 Jul 09;",
        "VarnholtNews.com uses cookies for statistics and ads. This information is shared with"
        " third parties.",
    ],
)
def test_a_page_notice_amid_the_story_leaves_the_draft(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=1)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "sentence",
    [
        "Photos from the harbour show water up to the windows of the fish market.",
        "The regulator said the Courier uses cookies to follow readers across other sites.",
    ],
)
def test_story_sentences_about_photos_and_cookies_stay(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert sentence in shown


def test_the_headline_between_an_issue_label_and_an_artwork_credit_is_the_title() -> None:
    page = f"Issue:\n\nJune 2022\n\n{FLOOD_LONG}\n\nArtwork by Jane Roe\n\n" + "\n\n".join(
        FLOOD_PARAGRAPHS
    )
    draft = drafted(page)
    shown = shown_in(draft)
    assert draft["title"] == FLOOD_LONG
    assert "Issue:" not in shown
    assert "Artwork by" not in shown
    assert flood_story_intact(shown)


FLOOD_LONG = "The floods in Varnholt are far from over, engineers warn at a town meeting"

_OPENING = "Today, the mayors of the three river towns met in Varnholt."
_QUOTE = "“We will rebuild the wall before winter,” said Mayor Ilse Brandt."


def _true_false_of(sentence: str) -> list[str]:
    draft = drafted_story("Mayors plan flood repairs in Varnholt", f"{_OPENING} {sentence}", _QUOTE)
    return [p for p in _prompts(draft) if p.startswith("True or false")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Disagree about the new dam At the meeting in the town hall on Monday, the mayors"
        " largely agreed on the cost of the repairs.",
        "Cost of the pumps One of the main topics on Monday was the bill for the new pumps in"
        " the lower streets.",
    ],
)
def test_a_sentence_with_a_crosshead_run_into_it_is_no_true_false_question(sentence: str) -> None:
    assert not any(sentence[:30] in prompt for prompt in _true_false_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ilse Brandt told The Varnholt Courier on Monday that the harbour wall would hold"
        " through the winter.",
        "Mayor Ilse Brandt read from the novel In Cold Water at the opening of the new library"
        " on Monday.",
    ],
)
def test_a_title_after_a_lowercase_word_is_no_run_in(sentence: str) -> None:
    """A capitalised word after a lowercase one opens a title or a name here: the sentence
    is still a true/false statement."""
    assert any(sentence[:30] in prompt for prompt in _true_false_of(sentence))


_ONE_PARAGRAPH = (
    "The river burst its banks in Varnholt on Monday, flooding forty homes near the old"
    " harbour wall. Mayor Ilse Brandt said the town hall would stay open overnight as a"
    " shelter for families.{caption} Engineers from the regional water board began pumping"
    " the lower streets on Tuesday morning, and the army sent two lorries of sandbags."
)
_RUN_IN = " FLOODED: Residents wade through the harbour road on Monday. Photo: Jane Roe / NNA"


def test_a_caption_and_its_credit_run_into_a_one_paragraph_page_leave_the_draft() -> None:
    shown = shown_in(drafted_story(FLOOD_HEADLINE, _ONE_PARAGRAPH.format(caption=_RUN_IN)))
    assert "Residents wade" not in shown
    assert "Jane Roe" not in shown
    assert "would stay open overnight as a shelter for families." in shown
    assert "Engineers from the regional water board began pumping" in shown


def test_a_sentence_without_a_credit_after_it_stays_in_a_one_paragraph_page() -> None:
    sentence = " Residents waded through the harbour road on Monday."
    shown = shown_in(drafted_story(FLOOD_HEADLINE, _ONE_PARAGRAPH.format(caption=sentence)))
    assert "Residents waded through the harbour road on Monday." in shown


_PORTRAIT = "Varnholt Commissioner for Harbours and Water Resources, Ilse Brandt"
_PORTRAIT_LEDE = (
    "VARNHOLT – The Varnholt State Commissioner for Harbours and Water Resources, Ilse Brandt,"
    " has denied claims that her office asked for money to stop the demolition of the old harbour"
    " sheds."
)


def test_a_portraits_caption_on_a_page_with_no_headline_is_not_the_title() -> None:
    draft = drafted(f"{_PORTRAIT}\n\n{_PORTRAIT_LEDE}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] != _PORTRAIT
    assert _PORTRAIT not in shown_in(draft)
    assert "has denied claims that her office asked for money" in shown_in(draft)


def test_a_title_case_headline_ending_in_a_name_stays_the_title() -> None:
    headline = "Varnholt Harbour Reopens To Ships, Mayor Ilse Brandt Says"
    draft = drafted(f"{headline}\n\n{_PORTRAIT_LEDE}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline


@pytest.mark.parametrize(
    "headline",
    ["What we know about the floods and what you can do", "How we can help you after the floods"],
)
def test_a_headline_with_we_and_you_stays_the_title(headline: str) -> None:
    assert drafted(f"{headline}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))["title"] == headline


def test_the_sites_promise_over_the_page_is_not_the_title() -> None:
    assert dropped_over_headline("Every day we bring you more harbour news")
