"""Drafted questions a teacher keeps, round fifteen (invented text): no dateline written as a
date, as "Place:" or in mixed case ("Nairobi, Kenya —"); no blank on a number that names a
thing ("bus service 31", "one 357 revolver", "at 9,"), on one end of a range ("between _____
and 300"), on an age in a list of names; no place that is half of a region ("south _____"),
an acronym, a longer name, a street or a storm ("North Wales A&E", "Harbour Close", "Storm
Claudio"), or a people's adjective ("Jamaican currency"), and no age as a wrong choice; no
speaker that carries a photo credit; no quote put to the person it names;
no statement whose subject is a pronoun after a lead-in ("Two Fridays ago, she ...")."""

from __future__ import annotations

from typing import Any

from tests.authoring.drafted import drafted

HEADLINE = "Floods reach Varnholt harbour\n\n"


def _questions(*paragraphs: str) -> list[dict[str, Any]]:
    return list(drafted(HEADLINE + "\n\n".join(paragraphs) + "\n").get("questions", []))


def _prompts(*paragraphs: str) -> list[str]:
    return [q["prompt"] for q in _questions(*paragraphs)]


def test_a_date_and_a_dash_on_top_is_no_part_of_a_question() -> None:
    prompts = _prompts(
        "December 15th, 2025–The Varnholt harbour board has already received over 130"
        " reports of flooded cellars, it has announced.",
        "Friday, November 14, 2025 – Harbour councillors voted to spend 4 million euros on a"
        " new sea wall for the old town.",
    )
    assert any("130" in p or "4 million" in p or "_____ reports" in p for p in prompts)
    assert not any("December 15th" in p or "November 14" in p for p in prompts)


def test_a_place_and_a_colon_or_a_mixed_case_dateline_is_no_part_of_a_question() -> None:
    # (round 29: one figure of an article asked; each dateline in an article of its own)
    prompts = _prompts(
        "Oster: Harbour councillors on Thursday voted to spend 4 million euros on a new sea"
        " wall for the old town.",
    ) + _prompts(
        "Nairobi, Kenya — Engineers from the regional water board said 45 lorries of"
        " sandbags had reached the harbour by Tuesday.",
    )
    assert any("Harbour councillors on Thursday" in p for p in prompts)
    assert any("Engineers from the regional water board" in p for p in prompts)
    assert not any("Oster:" in p or "Nairobi, Kenya" in p for p in prompts)


def test_no_blank_on_a_number_that_names_a_thing() -> None:
    questions = _questions(
        "Passengers waited on Monday for bus service 31, which carried 70 people to the"
        " harbour office before the road closed.",
        "Police recovered one 357 revolver and 40 rounds of ammunition from the harbour on"
        " Tuesday.",
    )
    answers = {str(q["answer"]) for q in questions if q["prompt"].startswith("Fill in")}
    assert answers & {"70", "40"}
    assert not answers & {"31", "357"}


def test_no_blank_on_an_hour_written_without_pm() -> None:
    questions = _questions(
        "The harbour board met at 9, and on Wednesday it voted to close 12 streets near the"
        " old wall."
    )
    answers = {str(q["answer"]) for q in questions if q["prompt"].startswith("Fill in")}
    assert answers == {"12"}


def test_no_blank_on_one_end_of_a_range() -> None:
    questions = _questions(
        "Between 200 and 300 homes in Varnholt were flooded on Monday, the harbour board said.",
        "Around 20 to 40 mm of rain may fall on Tuesday, leading to flooding near the harbour.",
        "The harbour board said on Monday that 45 lorries of sandbags had reached the town.",
    )
    blanked = {str(q["answer"]) for q in questions if q["prompt"].startswith("Fill in")}
    assert "45" in blanked
    assert not blanked & {"200", "300", "20", "40"}


LEAD = "The harbour board closed the road along the old wall on Monday, the police said."


def test_no_question_on_an_age_in_a_list_of_names_nor_an_age_as_a_choice() -> None:
    questions = _questions(
        LEAD,
        "The three men who died in the flood on Monday were named as Jon Berg, 30; Ola Lind,"
        " 22 and Per Moe, 26.",
        "The harbour board said on Monday that 50 lorries of sandbags had reached the town.",
    )
    asked = [q for q in questions if "Jon Berg" in q["prompt"]]
    assert not [q for q in asked if q["answer"] is False or "_____" in q["prompt"]]
    lorries = [q for q in questions if "_____ lorries" in q["prompt"]]
    assert lorries
    assert not {"30", "22", "26"} & set(map(str, lorries[0]["choices"]))


def test_no_question_on_half_of_a_region() -> None:
    questions = _questions(
        "Many areas across south Wales were cut off on Monday after the storm, the police said.",
        "Heavy rain also fell in France, and two rivers burst their banks on Tuesday.",
        "Trains were stopped in Spain after a bridge was closed by the railway on Wednesday.",
    )
    prompts = [q["prompt"] for q in questions]
    assert prompts  # (round 25: a place is blanked in the lede only)
    assert not any("south _____" in p for p in prompts)
    assert not any("south France" in p or "south Spain" in p for p in prompts)


def test_an_acronym_a_longer_name_a_street_or_a_storm_is_no_place() -> None:
    questions = _questions(
        LEAD,
        "A patient waited a day in Kenya Coast Park after the storm, the board said on Monday.",
        "The patient was later moved to a ward in Varnholt, and the family was told on Tuesday.",
        "Another patient was sent to a clinic in Osterby after the ward filled up on Wednesday.",
        "Nurses from Lindby came to help as the waiting times grew longer on Thursday.",
        "A second patient was seen in A&E after waiting a day, the board said on Friday.",
        "The roof of a house in Harbour Close leaked, the owner said on Friday.",
        "The leak was blamed on the rain, which was due to Storm Claudio, on Friday.",
    )
    offered = {str(c) for q in questions for c in q.get("choices", [])}
    offered |= {str(q["answer"]) for q in questions}
    statements = " ".join(q["prompt"] for q in questions)
    assert any(q["prompt"].startswith("True") for q in questions)
    for thing in ("Kenya Coast Park", "A&E", "Harbour Close", "Storm Claudio"):
        assert thing not in offered
        assert f"from {thing}" not in statements and f"in {thing} after" not in statements


def test_a_peoples_adjective_is_no_place() -> None:
    questions = _questions(
        "Police recovered a bag of money in Jamaican currency on Monday, the force said in a"
        " statement.",
        LEAD,
        "A boy had moved from Varnholt to live in Osterby on Tuesday, police said in a statement.",
    )
    offered = {str(c) for q in questions for c in q.get("choices", [])}
    offered |= {str(q["answer"]) for q in questions}
    assert "Jamaican" not in offered
    assert not any("from Jamaican" in q["prompt"] for q in questions)


STUDENT = (
    "Astronomy student Chris Carr Credit: Varnholt University Last summer, student Chris Carr"
    " spotted a smudge on images taken from the university's telescope."
)


def test_no_speaker_whose_name_carries_a_photo_credit() -> None:
    questions = _questions(
        STUDENT,
        "“I wasn't quite sure how to feel about the smudge at first,” said Chris Carr Credit.",
        "Professor Ann Lund said: “The images are the clearest we have ever taken of it.”",
        "Director Bo Falk said: “We will point the telescope at it again next winter.”",
        "Technician Eva Dahl said: “The camera was cleaned twice before the images were taken.”",
    )
    answers = [str(q["answer"]) for q in questions if q["prompt"].startswith("Who said")]
    assert "Ann Lund" in answers
    assert not any("Credit" in a for a in answers)


SPEAKERS = (
    "Mayor Ilse Brandt said: “The harbour will reopen on Monday and every boat will be"
    " checked before it sails.”",
    "Councillor Tove Aasen said: “We were never told why the pumps failed, and we want a"
    " full report before the winter.”",
    "Engineer Lars Vik said: “The new pumps can move twice as much water as the old ones could.”",
    "Harbour chief Per Holm said: “I told Councillor Aasen in June that the pumps were old,"
    " and the board asked for new ones.”",
)


def test_a_quote_is_not_put_to_the_person_it_names() -> None:
    prompts = _prompts(
        *SPEAKERS,
        "Harbour chief Per Holm said: “Holm and the board did all they could with the money"
        " they had.”",
    )
    assert any("The new pumps can move twice" in p for p in prompts)
    assert not any("Holm and the board did all they could" in p for p in prompts)


def test_a_person_the_quote_names_is_no_wrong_choice() -> None:
    questions = _questions(*SPEAKERS, "Resident Kari Moe said: “The water came in at night.”")
    holm = [q for q in questions if "I told Councillor Aasen" in q["prompt"]]
    assert holm
    assert "Tove Aasen" not in holm[0]["choices"]


def test_no_statement_whose_subject_is_a_pronoun_after_a_lead_in() -> None:
    prompts = _prompts(
        "Two Fridays ago, she wanted to take the 7.15 ferry, a direct boat to the harbour"
        " office in Varnholt.",
        "The harbour board said on Monday that 45 lorries of sandbags had reached the town.",
    )
    assert any("45" in p or "The harbour board said on Monday" in p for p in prompts)
    assert not any("Two Fridays ago" in p for p in prompts)


def test_no_blank_in_a_sentence_of_more_than_fifty_words() -> None:
    long = (
        "The harbour board, which met for the third time this winter in the old customs"
        " house by the water, where the mayor, two councillors, the harbour chief and a"
        " dozen angry owners of flooded cellars had gathered, said on Monday that it would"
        " spend 80 thousand euros on pumps, sandbags and a new gate for the old wall."
    )
    assert len(long.split()) > 50
    prompts = _prompts(long, LEAD.replace("on Monday", "after 14 hours on Monday"))
    assert any("_____ hours" in p for p in prompts)
    assert not any("customs house" in p and "_____" in p for p in prompts)


def test_no_statement_changes_a_number_of_the_article() -> None:
    story = (
        "A new gate alone would cost 50 million euros, the harbour chief said on Wednesday.",
        "The board said on Thursday that 120 homes had been pumped dry since the storm.",
        LEAD,
        "The board expects repairs to cost 40 million euros, just below the 45 million euros"
        " it set aside on Tuesday.",
    )
    statements = [q for q in _questions(*story) if q["kind"] == "truefalse"]
    assert statements
    for q in statements:
        assert q["answer"] is True
        assert q["prompt"].removeprefix("True or false: ") in " ".join(story)
