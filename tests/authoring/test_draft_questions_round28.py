"""Questions, twenty-eighth round (invented text), from the thirty-eighth and thirty-ninth
sets' weak judgments read as a form over every recorded judgment (five, all weak): a
statement whose words are said by "he" or "she" with no name before it in the sentence
("Winds of up to 80 miles per hour, he said, will ...") is not asked, as a blank or true or
false: the student cannot tell whose estimate it is. Risks: a statement that names the
speaker before the pronoun ("While Brandt could not say ..., she said ...") and one said by
"they" are still asked.

From the thirty-ninth set's weak judgment on a dateline (with the fresh12 bad one of the same
form, the only two over every judgment): a statement asked without the place it was filed
from is asked without the date after it too ("VARNHOLT – MONDAY 3 MARCH 2025: ...")."""

from __future__ import annotations

from tests.authoring.drafted import fact_questions

_STORM = [
    "The storm flooded 40 homes in Varnholt on Monday and cut the power to the harbour.",
    "Gusts of up to 90 kilometres per hour, he said, would reach the coast by the evening.",
    "The pumps will run for 12 more days before the lower streets are dry, she told the radio.",
]
_NAMED = [
    "The storm flooded 40 homes in Varnholt on Monday and cut the power to the harbour.",
    "While Brandt could not say what the damage cost, she said the pumps cleared 12 streets.",
    "The harbour will stay shut from Monday, they said, while the quay is repaired.",
]


def _prompts(paragraphs: list[str]) -> list[str]:
    return [q["prompt"] for q in fact_questions(paragraphs)]


def test_a_statement_said_by_an_unnamed_he_or_she_is_not_asked() -> None:
    prompts = _prompts(_STORM)
    assert not any("he said" in p or "she told" in p for p in prompts)
    assert any("flooded" in p for p in prompts)


def test_a_statement_that_names_the_speaker_first_or_said_by_they_is_asked() -> None:
    prompts = _prompts(_NAMED[1:2])
    assert any("While Brandt could not say" in p for p in prompts)
    # (round 29: one number blank and one statement; "they" asked once the other is gone)
    prompts = _prompts([_NAMED[0], _NAMED[2]])
    assert any("they said" in p for p in prompts)


_DATED = [
    "VARNHOLT – MONDAY 3 MARCH 2025: The storm flooded forty homes in Varnholt and cut the"
    " power to the harbour.",
    "The army sent two lorries of sandbags to the lower streets on Tuesday morning.",
]


def test_a_statement_is_asked_without_the_dateline_and_its_date() -> None:
    prompts = _prompts(_DATED)
    asked = [p for p in prompts if "flooded forty homes" in p]
    assert asked
    assert not any("MARCH" in p or "VARNHOLT" in p for p in asked)
    assert any(
        p.endswith("The storm flooded forty homes in Varnholt and cut the power to the harbour.")
        for p in asked
    )
