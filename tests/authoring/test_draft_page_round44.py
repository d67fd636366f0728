"""Page clutter and questions, forty-fourth round (invented text).

A line closed by a bare number in brackets is a counter or a picture's number ("Harbour Road
Clinic (3)", "The quay at dawn. (40417765)"); a caption closed by its photographer's and
agency's credit in brackets, round or square ("[Jo Arne/Nordic Agency]"), or by an agency's
short name and "Photo" ("(VPN Photo)"), over a page without a headline too; a
photographer's credit led by "Photo by" ("photo by Varnholt Courier/ Jo Arne"); two people's
names as a byline when one of them is double-barrelled ("Ada Lind and Maren Holt-Berg"); a
caption closed by a bracketed credit and glued between two sentences with no space ("...
March. (Photo: Courier)Volunteers ..."). Each leaves the draft; the story's paragraphs stay,
and a sentence closed by an agency alone in brackets stays. A sentence goes on past "Rs.",
"Const." and "Tbk."; a site's claim of itself on top ("The most trusted news source in
Nordland") is no title; no blank asks the day of a dateline whose month is in capitals or
whose wire follows in brackets ("VARNHOLT, 07 MAR (NPA) – "); a title-case headline under a
bare "News" label ("Lind Returns To Varnholt") stays the title, not a writer's name.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    dropped_over_headline,
    fact_questions,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Road Clinic (3)",
        "The quay at Varnholt at dawn. (40417765)",
        "Entries in River Levels (27)",
    ],
)
def test_a_line_closed_by_a_bare_number_in_brackets_leaves(line: str) -> None:
    shown = shown_in(drafted(flood_page(line)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "caption",
    [
        "Sandbags stacked along the river wall in the town centre (VPN Photo)",
        "Volunteers on the river road earlier this year (File Photo)",
    ],
)
def test_a_caption_closed_by_its_credit_in_brackets_leaves(caption: str) -> None:
    shown = shown_in(drafted(flood_page(caption)))
    assert caption[:40] not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "caption",
    [
        "Water covers the quay near the old ferry terminal at Varnholt [Jo Arne/Nordic Agency]",
        "Floodwater swept through the lower town, leaving cars in the square [Jo Arne/NPA]",
    ],
)
def test_a_caption_over_a_page_without_headline_closed_by_a_square_bracketed_credit_leaves(
    caption: str,
) -> None:
    shown = shown_in(drafted("\n\n".join([caption, *FLOOD_PARAGRAPHS])))
    assert caption[:40] not in shown
    assert flood_story_intact(shown)


def test_a_sentence_closed_by_an_agency_alone_in_brackets_stays() -> None:
    sentence = "The river rose by two metres overnight, the weather office said (NPA)."
    shown = shown_in(drafted(flood_page(sentence)))
    assert sentence[:50] in shown


@pytest.mark.parametrize(
    "credit",
    [
        "photo by Varnholt Courier/ Jo Arne",
        ": photo by Varnholt Courier/ Jo Arne",
        "Photo by Jo Arne/ Varnholt Courier",
    ],
)
def test_a_photo_by_credit_leaves(credit: str) -> None:
    shown = shown_in(drafted(flood_page("Harbour Road", credit)))
    assert "Jo Arne" not in shown
    assert flood_story_intact(shown)


def test_a_sentence_led_by_photo_by_stays() -> None:
    sentence = "Photo by photo, the museum has rebuilt the town's record of the 1953 flood."
    shown = shown_in(drafted(flood_page(sentence)))
    assert sentence[:50] in shown


def test_two_names_one_double_barrelled_under_the_headline_leave() -> None:
    byline = "Ada Lind and Maren Holt-Berg"
    draft = drafted(flood_page(byline, at=0))
    shown = shown_in(draft)
    assert byline not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    ("before", "caption", "after"),
    [
        (
            "The harbour road was closed on Monday.",
            "The flooded sheds at the quay in March. (Photo: Varnholt Courier)",
            "Volunteers filled sandbags through the night.",
        ),
        (
            "",
            "photo2Harbour master Jo Arne (left) with a ferry pilot at the quay (VPN Photo)",
            "Arne said the ferry would not sail before Thursday.",
        ),
    ],
)
def test_a_caption_glued_between_sentences_by_its_bracketed_credit_leaves(
    before: str, caption: str, after: str
) -> None:
    shown = shown_in(drafted(flood_page(before + caption + after)))
    assert caption[10:40] not in shown
    assert after in shown and before in shown
    assert flood_story_intact(shown)


def test_a_bracket_in_a_sentence_followed_by_a_space_stays() -> None:
    sentence = "The pilot (Photo: page 4) said the ferry would wait."
    shown = shown_in(drafted(flood_page(sentence)))
    assert sentence in shown


@pytest.mark.parametrize(
    ("sentence", "tail"),
    [
        (
            "About 40,000 people visited the harvest fair, which took in around Rs. 3.2 million.",
            "Rs. 3.2 million.",
        ),
        (
            "The inquiry heard from 14 officers, including RCMP Const. Ada Lind.",
            "Const. Ada Lind.",
        ),
        (
            "Regulators are examining trades in PT Nordhavn Energi Tbk. (NHE) over 12 days.",
            "Tbk. (NHE) over",
        ),
    ],
)
def test_a_sentence_goes_on_past_a_currency_or_rank_abbreviation(sentence: str, tail: str) -> None:
    questions = fact_questions([FLOOD_PARAGRAPHS[0], sentence])
    asked = [q["prompt"] for q in questions if "_____" in q["prompt"] and tail[:6] in q["prompt"]]
    assert asked and all(tail in prompt for prompt in asked)


@pytest.mark.parametrize(
    "slogan",
    [
        "The most trusted news source in Nordland",
        "The official website of the Mayor of Varnholt",
        "Honest, Independent Reporting, Serving The Valley Since 1921",
    ],
)
def test_the_sites_claim_of_itself_over_the_headline_leaves(slogan: str) -> None:
    assert dropped_over_headline(slogan)


def test_a_headline_naming_two_people_before_news_stays_the_title() -> None:
    headline = "Lind, Holm news conference delayed as the river rises"
    draft = drafted(headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline


@pytest.mark.parametrize(
    "dateline",
    ["VARNHOLT, 07 MAR (NPA) – ", "VARNHOLT, 7 MAR – ", "VARNHOLT, 07 Mar (NPA) – "],
)
def test_no_blank_asks_the_day_of_a_dateline_with_its_month_in_capitals_or_an_agency(
    dateline: str,
) -> None:
    paragraph = dateline + "Floodwater reached 40 homes near the harbour wall on Monday night."
    blanks = [q for q in fact_questions([paragraph]) if "_____" in q["prompt"]]
    assert blanks and all(q["answer"] == "40" for q in blanks)


@pytest.mark.parametrize("headline", ["Lind Returns To Varnholt", "Ferry Back On Schedule"])
def test_a_title_case_headline_under_a_bare_news_label_stays_the_title(headline: str) -> None:
    draft = drafted("News\n\n" + headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline
    assert flood_story_intact(shown_in(draft))


def test_a_writers_name_under_the_outlets_name_still_leaves() -> None:
    shown = shown_in(drafted(flood_page("Varnholt Courier News", "Ada Lind", at=0)))
    assert "Ada Lind" not in shown
