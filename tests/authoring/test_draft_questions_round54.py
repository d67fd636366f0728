"""Drafted questions a teacher keeps, fifty-fourth round (invented text).

A line in the present tense after a comma, with no verb of news anywhere (nothing in the
past, the perfect or the future, no verb of speech), is a caption ("Harbour master Tessa
Lind, of the port authority, inspects the new quay on Tuesday.") or a headline the page
printed as a line ("Port chief blames storms, tides for late quay"): no statement is
weighed and no blank is cut in it. Risks: a story sentence in the present that also tells
what happened ("..., who took office in May, opens ...") and a story sentence whose verb
is in the past after the same comma are still asked.

A line that says where someone stands in the photo (", left,", "(right)") is a caption
too, whatever its verb. Risk: the same words inside a quote are no caption.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.authoring.draft import build_draft
from bot.authoring.quiz_caption_shapes import a_photo_position, a_present_line
from bot.authoring.yamlout import Commented


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Commented) else value


def _prompts(article: str) -> list[str]:
    data, _ = build_draft(article, source_file="port.md")
    return [str(_plain(q)["prompt"]) for q in _plain(data.get("questions") or [])]


STORY = """

The port authority has spent 12 million pounds on a new deep-water quay at Marren, its
chief executive Owen Saldo said on Monday.

Work on the quay began two years ago and was delayed by winter storms.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Harbour master Tessa Lind, of the port authority, inspects the new quay on Tuesday.",
        "Deputy governor of the region, Ana Pires, visits the new quay at Marren on Sunday.",
    ],
)
def test_a_caption_in_the_present_is_not_asked(line: str) -> None:
    prompts = _prompts("# Marren quay opens\n\n" + line + STORY)
    assert prompts, "the story itself is still asked"
    assert not any(line.rstrip(".")[:40] in p for p in prompts), prompts


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour master Tessa Lind, who took office in May, opens the new quay on Tuesday.",
        "Harbour master Tessa Lind, of the port authority, opened the new quay on Tuesday.",
        "Harbour master Tessa Lind, of the port authority, says the quay opens on Tuesday.",
    ],
)
def test_a_story_sentence_keeps_its_place(sentence: str) -> None:
    assert not a_present_line(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour master Tessa Lind, of the port authority, inspects the new quay on Tuesday.",
        "Port chief blames storms, tides for late quay at Marren",
        "Deputy governor of the region, Ana Pires, announces plans to widen the harbour.",
    ],
)
def test_the_shape_is_read_as_a_line_of_the_page(sentence: str) -> None:
    assert a_present_line(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Mia Berg, right, and Lars Dahl raised the new flag at Marren on Sunday.",
        "Volunteer crew member Mia Berg, left, launches the new lifeboat at Marren on Sunday.",
        "The volunteers Mia Berg, right, and Lars Dahl raise the new flag at Marren on Sunday.",
    ],
)
def test_a_photo_position_marks_a_caption(line: str) -> None:
    prompts = _prompts("# Marren quay opens\n\n" + line + STORY)
    assert prompts, "the story itself is still asked"
    assert not any(line.rstrip(".")[:40] in p for p in prompts), prompts


def test_a_position_word_inside_a_quote_is_no_caption() -> None:
    assert not a_photo_position('"We turned, left, and ran," Mia Berg said of the storm.')
