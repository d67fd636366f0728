"""Drafted questions a teacher keeps, on copy the tenth round's rules were not written from:
no blank on a length every student knows ("90 minutes" of a match, "24 hours"), and no
statement that keeps a dateline written with its country in brackets and the wire's
initials ("New Delhi [India] March 15 (ANI):") (invented text)."""

from __future__ import annotations

from typing import Any

from tests.authoring.drafted import drafted


def _questions(text: str) -> list[dict[str, Any]]:
    return list(drafted(text).get("questions", []))


def test_no_blank_on_a_length_every_student_knows() -> None:
    text = (
        "Varnholt win late\n\n"
        "Varnholt scored two goals in stoppage time at the end of 90 minutes to beat Oster"
        " on Sunday.\n\n"
        "Less than 24 hours later, the club sold 3,400 tickets for the final in Brekkestad.\n"
    )
    answers = [str(q["answer"]) for q in _questions(text)]
    assert "3,400" in answers or "3400" in answers  # the story's own number is still asked
    assert "90" not in answers
    assert "24" not in answers


def test_a_length_that_is_news_is_still_asked() -> None:
    text = (
        "Harbour reopens\n\n"
        "The harbour at Varnholt reopened on Monday after 19 days of repairs, the port said.\n"
    )
    assert "19" in [str(q["answer"]) for q in _questions(text)]


def test_a_statement_leaves_out_a_dateline_with_the_wires_initials() -> None:
    text = (
        "No harbour MP came to see me: Holm\n\n"
        "Varnholt [Nordland] March 15 (NTB): Harbour Minister Per Holm on Thursday said no"
        " member of the harbour board came to meet him on Tuesday.\n"
    )
    prompts = "\n".join(str(q["prompt"]) for q in _questions(text))
    assert prompts  # something is asked
    assert "(NTB)" not in prompts
    assert "[Nordland]" not in prompts
