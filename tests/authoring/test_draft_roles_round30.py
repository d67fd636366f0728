"""Thirtieth round, roles. Chosen first from the people the draft missed over all older sets
(A-S) at once: a lowercase role "of the" body noun right before a name ("spokesperson of the
municipality Jo Roe said") is the role, while "the lawyer for the victim Jo Roe" still names
the victim; a comma role, then the body it serves set off by commas, then the name ("The
Managing Director, Ferrol Foods Nigeria, Jo Lee,") gives the name that role."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry fares rise in Varnholt\n\n"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(_text(*paragraphs))


def test_a_role_of_the_body_noun_before_a_name_is_the_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "Some crossings will close in winter, spokesperson of the municipality Dirgha Tamang"
        " said on Monday.",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Dirgha Tamang") == "spokesperson of the municipality"


def test_a_role_for_a_person_noun_before_a_name_gives_the_name_no_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "The lawyer for the victim Jo Roe said the boats were unsafe.",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Jo Roe") != "lawyer for the victim"


def test_a_comma_role_then_its_body_then_the_name_is_the_names_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "The Managing Director, Ferrol Foods Nigeria, Tomas Ekberg, in a statement, said:"
        " “We are excited about the new routes.”",
        "The vote will be held next month.",
    )
    figures = people_in(draft)
    assert figures.get("Tomas Ekberg") == "Managing Director, Ferrol Foods Nigeria"
    assert "Ferrol Foods Nigeria" not in figures


# Read from fresh42's misses (then measured on fresh43 before its misses were read).


def test_any_role_noun_of_a_list_of_portfolios_is_one_comma_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "Cabinet Member for Harbours, Ferries and Bridges, Cllr Ada Quillfeather, said: “We"
        " value the work of all our crews.”",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather") == (
        "Cllr, Cabinet Member for Harbours, Ferries and Bridges"
    )


def test_a_list_of_places_before_a_name_is_no_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "She thanked the families of Olden, Bergen and Trondheim, Ada Quillfeather said.",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather", "").startswith("role unknown")


# Read from fresh43's misses (then measured on fresh42 and on A-S).


def test_an_office_in_charge_joined_by_hyphens_is_a_role_noun() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "The Varnholt harbour station officer-in-charge, Abdul Fakirson, also said the"
        " check posts had been set up.",
        "The harbour station officer-in-charge Syed Zamanov said it was a departmental matter.",
    )
    figures = people_in(draft)
    assert figures.get("Abdul Fakirson") == "Varnholt harbour station officer-in-charge"
    assert figures.get("Syed Zamanov") == "harbour station officer-in-charge"


def test_a_courtesy_abbreviation_with_a_stop_does_not_end_the_sentence() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "Minister of Harbours, Engr. Joseph Utsuvar, who raised the alarm at a briefing,"
        " said the docks were full.",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Joseph Utsuvar") == "Minister of Harbours"


def test_an_unclosed_office_after_a_name_that_follows_a_quote_is_the_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "“We will carry every passenger, whatever the fare,” Dr Ada Quillby, Medical Director"
        " of Varnholt Ferry Services (VFS) told the Harbour Gazette.",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Ada Quillby") == "Medical Director of Varnholt Ferry Services"
