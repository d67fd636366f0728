"""Twenty-sixth round, roles, rules chosen from the people the draft missed over all older sets
(A-K) at once: a comma role right after a word that opens a clause ("says the Minister of
Harbours, Ida Vole and ...", "because the Minister of Ferries, Jo Lind has ...") is the
clause's subject, so the name after its comma is its apposition even when nothing closes the
name; an office "of" a body "in" a place ("Secretary of the Harbour Union in Norvik") is one
office."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_role_after_says_gives_its_office_to_the_name_after_the_comma() -> None:
    draft = _draft(
        "The harbour board says the Minister of Harbours, Ida Vole and the port's owners will"
        " meet on Friday.",
        "“The night boats are back,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "Minister of Harbours"


def test_a_role_after_because_gives_its_office_to_the_name_after_the_comma() -> None:
    draft = _draft(
        "The crews walked out because the Minister of Ferries, Jo Lind has cut the night pay.",
        "“We will not sail for less,” a crew member said. Lind said the pay was fair.",
    )
    assert people_in(draft).get("Jo Lind") == "Minister of Ferries"


def test_a_role_ending_an_opening_phrase_is_not_the_next_subjects() -> None:
    draft = _draft(
        "After talking to the Minister of Ferries, Jo Lind said the pay was fair.",
        "“We will not sail for less,” Lind said.",
    )
    assert people_in(draft).get("Jo Lind") != "Minister of Ferries"


def test_an_office_of_a_body_in_a_place_is_one_office() -> None:
    draft = _draft(
        "The former Secretary of the Harbour Union in Norvik, Abel Crane, said the boats were"
        " late every night.",
        "“Nobody waits in the cold now,” Crane said.",
    )
    assert people_in(draft).get("Abel Crane") == (
        "former Secretary of the Harbour Union in Norvik"
    )
