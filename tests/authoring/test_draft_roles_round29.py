"""Twenty-ninth round, roles. Chosen first from the people the draft missed or got wrong
over all older sets (A-Q) at once: a possessive owner written as an acronym still owns the
portfolio of a comma role ("the deputy leader of NKP’s opposition bloc, Jo Lee, said"); an
elected member's letters for a house written after a name ("Ada Quill MS replied") are her
role, in capitals only."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry fares rise in Varnholt\n\n"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(_text(*paragraphs))


def test_a_comma_role_owned_by_an_acronym_is_the_names_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "But the deputy leader of VPL’s opposition bloc, Tamsin Orrey, said it was clear"
        " the company could no longer pay its crews.",
        "“Islanders will pay twice,” Orrey said.",
    )
    assert people_in(draft).get("Tamsin Orrey") == "deputy leader of VPL’s opposition bloc"


def test_a_members_letters_after_the_name_are_the_role() -> None:
    draft = _draft(
        "The fares were raised in the chamber on Tuesday.",
        "Ada Quillfeather MS replied: “We do not want anybody to pay more than they must.”",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather") == "MS"


def test_a_courtesy_title_after_a_name_is_no_members_letters() -> None:
    draft = _draft(
        "The fares were raised at the meeting on Tuesday.",
        "Harbour master Ada Quillfeather said: “We do not want anybody to pay more.”",
        "Ms Quillfeather added that the vote would be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather") == "Harbour master"


def test_an_office_joined_to_general_by_a_hyphen_is_a_title_before_the_name() -> None:
    draft = _draft(
        "Deputy Inspector-General of Police Ravi Menon said the men were on the wanted list.",
        "Menon said the boats would be searched.",
    )
    assert people_in(draft) == {"Ravi Menon": "Deputy Inspector-General of Police"}


def test_an_office_joined_to_general_by_a_hyphen_is_a_comma_role() -> None:
    draft = _draft(
        "The Auditor-General of Varnholt, Ida Vole, said the fares had not been checked.",
        "Vole said the accounts would be opened next year.",
    )
    assert people_in(draft).get("Ida Vole") == "Auditor-General of Varnholt"
