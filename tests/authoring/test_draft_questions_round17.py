"""Drafted questions a teacher keeps, round seventeen (invented text): no blank on a number
that opens a name ("by _____ Sara") or labels a bill or a round ("AB _____", "round
_____"); no question from a photo caption in the present tense ("... argue with the
umpire") or a line with no verb ("Harbour news from around the coast this week."); no
"who said" choice that may be the answer's own name written another way ("Joe Berg" for
"Joseph Berg")."""

from __future__ import annotations

from typing import Any

from tests.authoring.drafted import drafted

HEADLINE = "Floods reach Varnholt harbour\n\n"
CONTROL = "The harbour board said on Monday that 45 lorries of sandbags had reached the town."


def _questions(*paragraphs: str) -> list[dict[str, Any]]:
    return list(drafted(HEADLINE + "\n\n".join(paragraphs) + "\n").get("questions", []))


def _prompts(*paragraphs: str) -> list[str]:
    return [str(q["prompt"]) for q in _questions(*paragraphs)]


def test_no_blank_on_a_number_that_opens_a_name() -> None:
    prompts = _prompts(
        "The council approved the plans submitted by 29 Sara to build homes in Varnholt.",
        CONTROL,
    )
    assert any("_____ lorries" in p for p in prompts)
    assert not any("_____ Sara" in p for p in prompts)


def test_no_blank_on_the_number_of_a_bill_or_a_round() -> None:
    prompts = _prompts(
        "Assembly Bill (AB) 7 was passed by the Varnholt council on Friday after a long debate.",
        "The harbour team lost their league round 3 match against Ostby on Saturday.",
        CONTROL,
    )
    assert any("_____ lorries" in p for p in prompts)
    assert not any("(AB) _____" in p or "round _____" in p for p in prompts)


def test_no_question_from_a_caption_in_the_present_tense() -> None:
    prompts = _prompts(
        "Varnholt's Jon Berg and skipper Ola Lind argue with the harbour master after"
        " 12 boats were sunk during the storm at the old harbour wall.",
        CONTROL,
    )
    assert any("45" in p or "_____ lorries" in p for p in prompts)
    assert not any("argue with" in p for p in prompts)


def test_no_question_from_a_line_with_no_verb() -> None:
    prompts = _prompts(
        "Harbour news from around Varnholt and Ostby this week.",
        "The river burst its banks in Varnholt on Monday, flooding 40 homes near the wall.",
        CONTROL,
    )
    assert any("burst its banks" in p or "45" in p for p in prompts)
    assert not any("Harbour news" in p for p in prompts)


def test_no_choice_that_may_be_the_speaker_named_another_way() -> None:
    questions = _questions(
        "“We will pump the lower streets all night,” said Mayor Ilse Brandt on Monday.",
        '"They just said the harbour is closing and everybody was in shock," says Joseph'
        " Berg, the president of the dockers union.",
        'The sandbags came late. "It is devastating to us all," says Berg.',
        "Joe Berg works at the harbour and has two kids in college."
        ' "We are upset. We are not happy," he says.',
    )
    choices = {
        str(q["answer"]): set(q["choices"])
        for q in questions
        if q["prompt"].startswith("Who said") and "choices" in q
    }
    assert "Ilse Brandt" in choices
    assert all(not {"Joe Berg", "Joseph Berg"} <= c for a, c in choices.items() if "Berg" in a)
