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
        "Harbour master Tom Lund and fire chief Ana Kos met the mayor on Monday night.",
    )
    choices = {
        str(q["answer"]): set(q["choices"])
        for q in questions
        if q["prompt"].startswith("Who said") and "choices" in q
    }
    assert "Ilse Brandt" in choices
    assert all(not {"Joe Berg", "Joseph Berg"} <= c for a, c in choices.items() if "Berg" in a)


def test_no_question_from_a_caption_closed_by_its_photo_credit() -> None:
    prompts = _prompts(
        "Residents wading through 40 centimetres of water on Harbour Road in Varnholt on"
        " June 20, 2022. — Online/File",
        "Fishermen said 12 boats were lost in Ostby harbour on Monday night. | X @varnholtnews",
        CONTROL,
    )
    assert any("_____ lorries" in p for p in prompts)
    assert not any("wading" in p or "boats were lost" in p for p in prompts)


def test_no_question_on_the_outlets_own_trip() -> None:
    prompts = _prompts(
        "Harbour FM News took a trip to Varnholt on Sunday to see how the 40 homes fared.",
        "The river burst its banks in Varnholt on Monday, flooding forty homes near the wall.",
        CONTROL,
    )
    assert any("_____ lorries" in p for p in prompts)
    assert not any("took a trip" in p for p in prompts)


def test_no_question_on_the_next_label_in_a_list_of_sections() -> None:
    prompts = _prompts(
        "The two men are facing two charges, contrary to Sections 23(1) and 149 respectively,"
        " of the Harbour Act.",
        CONTROL,
    )
    assert any("_____ lorries" in p for p in prompts)
    assert not any("Sections 23(1) and" in p and "and 149" not in p for p in prompts)


def test_one_figure_is_asked_once() -> None:
    questions = _questions(
        "Varnholt ratepayers face a rates rise of over 11 percent after the floods this year.",
        "The council said on Monday it would set a 11.58 percent rise to pay for the sea wall.",
        "The council was more than $42 million in debt before the floods, the mayor said.",
    )
    # (round 29: one number blank an article, so the figure is asked once; its choices
    # still leave out the same figure written another way)
    asked = [q for q in questions if q["answer"] == "11 percent"]
    assert asked and "11.58 percent" not in asked[0]["choices"]


def test_a_teaser_above_the_story_gives_way_to_its_lead() -> None:
    questions = _questions(
        "Varnholt must build a higher sea wall, Ilse Brandt said Monday on her way in to a"
        " meeting with all 13 harbour towns.",
        "Varnholt must build a higher sea wall, Mayor Ilse Brandt said Monday on her way in to"
        " a meeting with all 13 harbour towns.",
        CONTROL,
    )
    prompts = [str(q["prompt"]) for q in questions]
    assert any("Mayor Ilse Brandt said" in p for p in prompts)
    assert not any(", Ilse Brandt said" in p for p in prompts)


def test_a_near_value_of_a_billion_keeps_its_decimal() -> None:
    questions = _questions(
        "The harbour board said on Monday that the new sea wall would cost $1 billion.",
        "The river burst its banks in Varnholt on Monday, flooding forty homes near the wall.",
    )
    blank = next(q for q in questions if q["answer"] == "$1 billion")
    assert "$0.5 billion" in blank["choices"] or "$1.5 billion" in blank["choices"]
    assert "$0 billion" not in blank["choices"]
