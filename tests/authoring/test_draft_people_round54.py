"""Fifty-fourth round, people: where the name reader's boundary between a role phrase and a
name failed, so that a body or a common word was drafted as a person."""

from __future__ import annotations

from tests.authoring.drafted import FLOOD_HEADLINE, FLOOD_PARAGRAPHS, flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def _story(*paragraphs: str) -> str:
    return "\n\n".join([FLOOD_HEADLINE, FLOOD_PARAGRAPHS[0], *paragraphs]) + "\n"


def test_one_of_the_owners_of_a_body_then_the_name() -> None:
    line = (
        "“We found the leak,” said one of the founders of Kestrel Haulage, Mina Okafor, on Monday."
    )
    people = flood_people(line)
    assert "Kestrel Haulage" not in people  # the body after "of" is no founder
    assert people.get("Mina Okafor") == "founder of Kestrel Haulage"
    # was given to "Kestrel Haulage"; left unattributed rather than to the body
    assert _speakers(_story(line))["We found the leak"] != "Kestrel Haulage"


def test_one_of_the_managers_at_a_body_opening_the_sentence() -> None:
    people = flood_people(
        "One of the managers at Ostby Grain, Lars Vik, said the silos had stayed dry.",
    )
    assert "Ostby Grain" not in people
    assert people.get("Lars Vik") == "manager at Ostby Grain"


def test_a_post_in_capitals_heads_the_apposition() -> None:
    people = flood_people("Nadia Fenn, the CFO, said the insurers had been told on Monday.")
    assert people.get("Nadia Fenn") == "CFO"  # was not drafted at all


def test_a_post_in_capitals_with_its_place_or_its_body() -> None:
    people = flood_people(
        "Piet Smalle, a Varnholt GP, said three patients had been moved to the clinic.",
        "Rosa Quint, CAO of the RM of Lakeshore, said the ferry would run again on Friday.",
    )
    assert people.get("Piet Smalle") == "Varnholt GP"
    assert people.get("Rosa Quint") == "CAO of the RM of Lakeshore"


def test_capitals_that_may_be_a_body_give_no_post() -> None:
    people = flood_people(
        "“The pumps were late,” said Rosa Quint, with the BBC.",
        "“We saw the water rise,” said Piet Smalle, NRK.",
    )
    assert people.get("Rosa Quint") != "with the BBC"
    assert people.get("Piet Smalle") != "NRK"


def test_an_adverb_opening_the_sentence_is_no_given_name() -> None:
    people = flood_people(
        "The girls train on a dirt pitch, with team coach Samira, 14, giving directions. "
        "Rain clouds gather, but the girls keep on playing. Suddenly Samira gets a clear "
        "shot at the goal ring, throws the ball, and scores.",
    )
    assert "Suddenly Samira" not in people  # was drafted as the team coach


def test_a_numeral_ending_the_next_name_of_a_list_is_no_post() -> None:
    people = flood_people(
        "The senators who did not sign were Ana Reyes, Tomas Lacson III, Mara Cruz and "
        "Jose Abad, said Senator Lito Vera.",
    )
    assert people.get("Ana Reyes") != "Tomas Lacson III"
