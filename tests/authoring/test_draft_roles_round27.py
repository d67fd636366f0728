"""Twenty-seventh round, roles, rules chosen from the people the draft missed over all older
sets (A-M) at once: an apposition set off with no commas after a name that opens its sentence
("Abel Crane the Mayor of Norvik said") is the name's role; a possessive name's appointment,
resignation or time "as" an office ("Ada Vole’s appointment as harbour master") gives the name
that office."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_an_apposition_without_commas_after_the_subject_is_its_role() -> None:
    draft = _draft(
        "Then Abel Crane the Mayor of Norvik said the boats had been late all winter.",
        "“Nobody waits in the cold now,” Crane added.",
    )
    assert people_in(draft).get("Abel Crane") == "Mayor of Norvik"


def test_a_lowercase_apposition_without_commas_is_the_role_too() -> None:
    draft = _draft(
        "Ida Vole the harbour master said the night boats would sail again on Friday.",
        "“The crews are ready,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "harbour master"


def test_a_clause_after_an_object_name_is_not_the_names_role() -> None:
    draft = _draft(
        "The crews told Ida Vole the harbour master had shut the gates.",
        "“Nobody told us,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") != "harbour master"


def test_a_possessive_names_appointment_as_an_office_gives_that_office() -> None:
    draft = _draft(
        "The crews cheered Ada Vole’s appointment as harbour master on Friday.",
        "“The night boats are back,” Vole said.",
    )
    assert people_in(draft).get("Ada Vole") == "harbour master"


def test_a_possessive_names_resignation_as_an_office_gives_that_office() -> None:
    draft = _draft(
        "The vote came a week after Jo Lind's resignation as ferry inspector.",
        "“I will not sign off unsafe boats,” Lind said.",
    )
    assert people_in(draft).get("Jo Lind") == "ferry inspector"
