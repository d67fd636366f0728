"""Drafted questions a teacher keeps, thirty-sixth round (invented text).

A true-or-false statement drops a wire's filing head that the page printed before the
story's first sentence: where and when it was filed and by whom ("Accra, June 12, GNA – ",
"August 30 (Reuters) ", "KINGSTON, Jamaica; January 05, 2021: "), an editor's "AFP adds:",
or the dash the date and place left behind. Risks: a sentence that opens on a date as
its own subject ("June 12 marks ...") or with "On June 12, ..." keeps every word, and a
blank is never cut off with a head.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.authoring.draft import build_draft
from bot.authoring.quiz_dateline import without_filing_head
from bot.authoring.yamlout import Commented


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Commented) else value


def _statement(article: str) -> str:
    """The true-or-false statement the draft asks on `article`."""
    data, _ = build_draft(article, source_file="wire.md")
    prompts = [str(_plain(q)["prompt"]) for q in _plain(data.get("questions") or [])]
    statements = [p for p in prompts if p.startswith("True or false: ")]
    assert len(statements) == 1, prompts
    return statements[0].removeprefix("True or false: ")


STORY = (
    "Mayor Dora Quill has ordered the evacuation of three riverside villages after the "
    "Marren dam began to leak on Monday night."
)
REST = """

The dam, built in 1962, holds back a reservoir of about forty million cubic metres.

Engineers from the regional water board were at the site on Tuesday.
"""


@pytest.mark.parametrize(
    "head",
    [
        "Lowfield, June 12, GNA – ",
        "August 30 (Reuters) ",
        "LOWFIELD, Marrenshire; January 05, 2021: ",
        "LOWFIELD, Marrenshire, Mar 21, CMC – ",
        "AFP adds: ",
        "Apr. 26, 2023, Lowfield, Marr. – ",  # the date and place go, the dash stayed
    ],
)
def test_the_statement_leaves_out_the_wire_head(head: str) -> None:
    article = f"# Villages evacuated as dam leaks\n\n{head}{STORY}{REST}"
    assert _statement(article) == STORY


def test_a_sentence_about_a_date_keeps_every_word() -> None:
    for sentence in (
        "June 12 marks the day the villages were first flooded, forty years ago this summer.",
        "On June 12, the water board closed the road along the dam to every lorry and bus.",
    ):
        assert without_filing_head(sentence) == sentence


def test_a_blank_is_never_cut_off_with_the_head() -> None:
    prompt = "Lowfield, June _____, GNA – The mayor ordered the evacuation."
    assert without_filing_head(prompt, keep="_____") == prompt
