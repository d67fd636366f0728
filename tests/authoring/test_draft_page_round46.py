"""Page clutter and questions, forty-sixth round (invented text).

A date line with a clock and the place it was filed from, before or after it ("Varnholt,
Nordland May 5, 2024 7:12 p.m."), or a stamp with its feed after a dash ("2024-05-06 09:15:02
- From: Nordland Wire"), leaves the draft; a story's dateline with no clock that runs into the
lede stays. A desk's sign closed by a colon ("Varnholt Desk:") leaves like the bare one. A
copyright notice that runs on into the site's terms, however long, leaves. No blank asks one
part of a breakdown whose total the same sentence gives (the parts and the total add up); no
"Who said ...?" asks a quote in another language than the story's English.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    fact_questions,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Varnholt, Nordland May 5, 2024 7:12 p.m.",
        "Sunday, May 5, 2024, 7:12 p.m. Varnholt, Kingdom of Nordland",
    ],
)
def test_a_date_line_with_its_place_or_its_feed_under_the_headline_leaves(stamp: str) -> None:
    shown = shown_in(drafted(flood_page(stamp, at=0)))
    assert stamp not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "stamp",
    [
        "Varnholt, Nordland 2024-05-05 19:12:40 –",
        "2024-05-06 09:15:02 - From: Nordland Wire",
        "06.05.2024 - Article",
    ],
)
def test_a_date_line_with_its_place_or_its_feed_on_top_of_a_page_is_no_title(stamp: str) -> None:
    draft = drafted("\n\n".join([stamp, *FLOOD_PARAGRAPHS]))
    assert stamp not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_dateline_without_a_clock_running_into_the_lede_stays() -> None:
    lede = (
        "Varnholt, May 5, 2024 - The river burst its banks on Monday, flooding forty homes"
        " near the old harbour wall."
    )
    shown = shown_in(
        drafted("Floods reach Varnholt harbour\n\n" + lede + "\n\n" + FLOOD_PARAGRAPHS[1])
    )
    assert "flooding forty homes" in shown


@pytest.mark.parametrize(
    "entry", ["June 2021 - First Vaccines Arrive", "2019 - Council Approves Plan"]
)
def test_a_timelines_entry_dated_by_month_or_year_stays(entry: str) -> None:
    assert entry in shown_in(drafted(flood_page(entry, at=2)))


def test_a_desks_sign_closed_by_a_colon_leaves() -> None:
    shown = shown_in(drafted("\n".join(["Varnholt Desk:", *FLOOD_PARAGRAPHS])))
    assert "Varnholt Desk" not in shown
    assert flood_story_intact(shown)


def test_a_copyright_notice_running_into_the_sites_terms_leaves() -> None:
    notice = (
        "© 2019, Jo Arne. All rights reserved. – The views expressed here are purely those of"
        " the writer and not necessarily those of the publishers. – Varnholt Courier content"
        " cannot be reproduced in any form – electronic or print – without prior consent of the"
        " publishers. Copyright infringement will be pursued and perpetrators prosecuted."
    )
    shown = shown_in(drafted(flood_page(end=(notice,), at=3)))
    assert "All rights reserved" not in shown
    assert flood_story_intact(shown)


# A breakdown whose total the sentence gives: each part is arithmetic, the total is the news.
def _awards_night(counts: str) -> list[str]:
    return [
        "The Varnholt school district held its first awards night last evening, honouring"
        f" {counts}.",
        "District officer Ada Lind said the district wanted every school to reach the top band.",
        "She noted that the number of schools in the lowest band has fallen to 13.",
    ]


def test_no_blank_asks_one_part_of_a_breakdown_whose_total_the_sentence_gives() -> None:
    paragraphs = _awards_night(
        "289 schools, which included 143 early childhood centres, 119 primary schools, and 27"
        " secondary schools"
    )
    answers = [q["answer"] for q in fact_questions(paragraphs)]
    assert not {"143", "119", "27"} & set(answers)


def test_a_blank_on_a_count_whose_neighbours_make_no_total_stays() -> None:
    # 143 + 119 + 30 is not 289: no part can be worked out from the others
    paragraphs = _awards_night(
        "289 schools, which included 143 early childhood centres, 119 primary schools, and 30"
        " secondary schools"
    )
    assert "30" in [q["answer"] for q in fact_questions(paragraphs)]


_THANKS_PAGE = [
    "Varnholt mayor thanks the rescue crews",
    "Mayor Ilse Brandt thanked the rescue crews on Monday after the floods reached the harbour.",
    "“Gracias con todo por el esfuerzo y asistencia para la normalización del pueblo,” Brandt"
    " said, in the Spanish of her mother’s town.",
    "“The water board worked through the night and saved the lower town,” said Jo Arne, the"
    " harbour master.",
    "“We have never seen the river this high in forty years,” said Per Holm, a ferry pilot.",
    "“Schools will open again on Thursday once the roads are dry,” said Ada Lind, the head"
    " teacher.",
]


def _who_said_prompts(paragraphs: list[str]) -> list[str]:
    draft = drafted("\n\n".join(paragraphs))
    return [q["prompt"] for q in draft["questions"] if q["prompt"].startswith("Who said")]


def test_no_who_said_question_asks_words_in_another_language_than_the_story() -> None:
    prompts = _who_said_prompts(_THANKS_PAGE)
    assert prompts  # the English quotes are still asked
    assert not any("Gracias" in p for p in prompts)


def test_an_english_quote_with_few_small_words_is_still_asked() -> None:
    page = [*_THANKS_PAGE]
    page[2] = "“Too much rain brings too much water, every single spring,” Brandt said."
    assert any("Too much rain" in p for p in _who_said_prompts(page))
