"""Page clutter and bad questions, forty-first round (invented text).

A story's last quote closed by the wire's credit in capitals ("... said. (AFP/NAN)") stays in
the draft; a caption closed by a photographer's credit still leaves. A statement whose "that"
stands for a sentence the student does not see, or that lost its subject after a lead-in
("Next week, advises the board ..."), gives no true/false question. Risks: a "that" the
sentence itself explains, an inverted attribution ("Next week, says the board, ...").
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


@pytest.mark.parametrize("credit", ["(AFP/NAN)", "(AP/NAN)", "(dpa/NAN)"])
def test_a_wire_credit_in_capitals_closing_the_last_quote_keeps_the_paragraph(
    credit: str,
) -> None:
    last = f"“We will rebuild the wall before winter,” the mayor’s office said. {credit}"
    shown = shown_in(drafted(flood_page(end=(last,))))
    assert "We will rebuild the wall before winter" in shown
    assert flood_story_intact(shown)


def test_a_quoted_caption_closed_by_a_photographers_credit_still_leaves() -> None:
    caption = "Sandbags line the harbour wall. “We will hold it,” Brandt said. (Reuters/Per Holm)"
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert "Per Holm" not in shown
    assert flood_story_intact(shown)


def _prompts(*sentences: str) -> list[str]:
    return [str(q["prompt"]) for q in fact_questions([*sentences, *FLOOD_PARAGRAPHS])]


@pytest.mark.parametrize(
    "sentence",
    [
        "No weekend storm in the harbour towns can change that, the regional water board noted.",
        "The regional water board issued a statement on Tuesday morning explaining that.",
    ],
)
def test_a_that_pointing_back_gives_no_true_false_statement(sentence: str) -> None:
    assert not any(sentence[:30] in p for p in _prompts(sentence))


def test_a_that_the_sentence_explains_stays_askable() -> None:
    sentence = (
        "The regional water board said on Tuesday that if the harbour wall holds through the"
        " winter, the towns along the river will have nothing to fear about that."
    )
    assert any("nothing to fear about that" in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Next week, advises the regional water board on the state of the harbour wall.",
            "advises",
        ),
        (
            "On Tuesday, warned the regional water board the towns along the river about the"
            " harbour wall.",
            "warned",
        ),
    ],
)
def test_a_sentence_that_lost_its_subject_gives_no_true_false_statement(
    sentence: str, words: str
) -> None:
    assert not any(f"{words} the regional" in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, the regional water board warned the towns along the river about the"
        " harbour wall.",
        "On Tuesday, says the regional water board, the harbour wall was raised by two metres.",
    ],
)
def test_a_lead_in_before_a_subject_or_an_inverted_attribution_stays_askable(
    sentence: str,
) -> None:
    assert any(sentence[:40] in p for p in _prompts(sentence))
