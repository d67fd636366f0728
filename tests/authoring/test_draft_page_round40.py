"""Page clutter by form and a bad question, fortieth round (invented text).

A caption closed by its photo credit in brackets ("... (AP Photo/Per Holm)") leaves the draft
even when it is long or repeats a quote. A byline run together with the time it was filed
("By The Harbour Press March 10, 2017 12:59 pm", "April 26, 2023 By The Harbour Press")
leaves the draft. A sentence signed by its writer (", writes JANE ROE.") gives no true/false
statement. Risks: a story sentence about a photo or a byline, a sentence opened by "By the
time", a story sentence whose verb is "writes" with no name after it.
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

_LONG_CAPTION = (
    "In this March 9, 2024 photo, Ilse Brandt, the mayor of Varnholt and a former harbour"
    " engineer who advises the regional water board, looks at the flooded streets near the old"
    ' harbour wall. "The water came up faster than anyone had planned for, and the pumps could'
    ' not keep pace with it," said Brandt, standing by the sandbags.'
)


@pytest.mark.parametrize(
    "caption",
    [
        _LONG_CAPTION + " (AP Photo/Per Holm)",
        _LONG_CAPTION + " (Photo: Per Holm, Harbour Press)",
        "Sandbags are stacked along the harbour wall. “We will hold it,” Brandt said."
        " (Photo by Per Holm)",
    ],
)
def test_a_caption_closed_by_its_photo_credit_leaves_the_draft(caption: str) -> None:
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert "Per Holm" not in shown
    assert "In this March 9, 2024 photo" not in shown
    assert flood_story_intact(shown)


def test_a_story_sentence_about_a_photo_stays() -> None:
    sentence = (
        "A photo of the flooded harbour, taken by a fisherman on Monday, was shared by the"
        " regional water board on Tuesday (the board said it was taken at noon)."
    )
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert "taken by a fisherman" in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "By The Harbour Press March 10, 2017 12:59 pm 03/10/2017 12:59pm",
        "By The Harbour Press March 10, 2017 12:59 pm",
        "April 26, 2023 By The Harbour Press",
        "Posted March 3, 2020 By Jane Roe",
    ],
)
def test_a_byline_run_together_with_its_time_leaves_the_draft(line: str) -> None:
    draft = drafted(flood_page(line, at=0))
    shown = shown_in(draft)
    assert "Harbour Press" not in shown
    assert "12:59" not in shown
    assert "Jane Roe" not in shown
    assert flood_story_intact(shown)


def test_a_story_sentence_opened_by_by_the_time_stays() -> None:
    sentence = "By the time the water fell on March 12, 2024, forty homes had been cleaned out."
    shown = shown_in(drafted(flood_page(sentence, at=1)))
    assert "forty homes had been cleaned out" in shown


def test_a_sentence_signed_by_its_writer_gives_no_true_false_statement() -> None:
    signed = (
        "The river burst its banks in Varnholt on Monday and the harbour towns now wait for"
        " the army's sandbags, writes JANE ROE."
    )
    prompts = [str(q["prompt"]) for q in fact_questions([signed, *FLOOD_PARAGRAPHS[1:]])]
    assert not any("writes" in p or "JANE ROE" in p for p in prompts)


def test_a_sentence_whose_verb_is_writes_with_no_name_stays_askable() -> None:
    sentence = (
        "The regional water board writes to 4,000 households in Varnholt each spring about"
        " the flood barriers, the board said on Tuesday."
    )
    prompts = [str(q["prompt"]) for q in fact_questions([sentence, *FLOOD_PARAGRAPHS])]
    assert any("writes to" in p for p in prompts)


def test_a_wire_credit_closing_the_last_quote_stays() -> None:
    last = "“We will rebuild the wall before winter,” the mayor’s office said. (dpa/NAN)"
    shown = shown_in(drafted(flood_page(end=(last,))))
    assert "We will rebuild the wall before winter" in shown
