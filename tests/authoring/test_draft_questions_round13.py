"""Drafted questions a teacher keeps, on copy the twelfth round's rules were not written
from: no statement that keeps a place and a spaced hyphen as its dateline ("Pretoria - ANC
councillors ..."), and no "who said" on words quoted as the name of a thing ("the port's
“one catch big catch” fishing raids"), which nobody said as a statement (invented text)."""

from __future__ import annotations

from typing import Any

from tests.authoring.drafted import drafted

STORY = """Harbour chief defends raids

Varnholt - Harbour councillors in Oster on Thursday said they felt ignored by Mayor Ilse \
Brandt, who said the port had been run like a corner shop for years.

Harbour chief Per Holm said the port had stopped its “one catch big catch” fishing raids \
after a review, he said on Friday.

Councillor Tove Aasen said: “We were never told why the raids began, and we want a full \
report before the winter.”

Mayor Ilse Brandt said: “The harbour will reopen on Monday and every boat will be checked \
before it sails.”
"""


def _questions(text: str) -> list[dict[str, Any]]:
    return list(drafted(text).get("questions", []))


def test_a_statement_leaves_out_a_place_and_a_spaced_hyphen_on_top() -> None:
    statements = [q["prompt"] for q in _questions(STORY) if q["prompt"].startswith("True")]
    assert any("Harbour councillors in Oster" in s for s in statements)
    assert not any("Varnholt -" in s for s in statements)


def test_no_who_said_on_words_quoted_as_the_name_of_a_thing() -> None:
    prompts = [q["prompt"] for q in _questions(STORY)]
    assert not any("one catch big catch" in p for p in prompts)
    assert any("We were never told" in p for p in prompts)  # a said sentence is still asked


def test_a_quote_after_a_possessive_that_is_said_is_still_asked() -> None:
    text = STORY.replace(
        "Harbour chief Per Holm said the port had stopped its “one catch big catch” fishing"
        " raids after a review, he said on Friday.",
        "Harbour chief Per Holm, in the port’s statement, said: “The raids have stopped for"
        " good after a long review.”",
    )
    prompts = [q["prompt"] for q in _questions(text)]
    assert any("The raids have stopped for good" in p for p in prompts)
