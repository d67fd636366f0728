"""Thirty-third round, names: a place or a body written between a role and a name belongs
to the role; the name starts after it, and only where that split is certain."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_country_joined_by_and_is_the_roles_not_the_name() -> None:
    draft = _draft(
        "Former commissioner doubts the government",
        "Former police commissioner in Trinidad and Tobago Dale Emmett says the government"
        " knew of the plan.",
        "“It is impossible that nobody was told,” Emmett said.",
    )
    people = people_in(draft)
    assert "Dale Emmett" in people and "Tobago Dale Emmett" not in people
    assert people["Dale Emmett"] == "Former police commissioner in Trinidad and Tobago"
    assert speakers_in(draft)["It is impossible that nobody was told"] == "Dale Emmett"


def test_a_city_of_two_words_before_a_given_name_is_the_mayors() -> None:
    draft = _draft(
        "Roads to reopen",
        "The mayor of Grand Rapids Rosalyn Birch said the roads would open on Monday.",
        "“We are ready for the traffic,” she said.",
    )
    people = people_in(draft)
    assert "Rosalyn Birch" in people and people["Rosalyn Birch"] == "mayor of Grand Rapids"
    assert not any("Rapids" in name for name in people)


def test_a_body_named_with_of_is_the_roles() -> None:
    draft = _draft(
        "Bank profits rise",
        "The chief executive of Bank of Ireland Colm Rourke said profits rose last year.",
        "“It was a good year for savers,” Rourke said.",
    )
    people = people_in(draft)
    assert "Colm Rourke" in people and "Ireland Colm Rourke" not in people
    assert people["Colm Rourke"] == "chief executive of Bank of Ireland"


def test_a_constituency_before_a_full_name_is_the_members() -> None:
    draft = _draft(
        "MP asks for more depots",
        "Member of Parliament for Kasiya Dowa Mary Phiri told the minister her constituency"
        " was very big.",
    )
    people = people_in(draft)
    assert "Mary Phiri" in people and "Kasiya Dowa Mary Phiri" not in people


def test_a_body_between_a_role_and_a_full_name_keeps_the_whole_name() -> None:
    draft = _draft(
        "Airport is safe, minister says",
        "Caretaker Minister of Foreign Affairs Abdallah Bou Karim said the airport was safe.",
        "The prime minister also held talks with Bou Karim on Friday.",
        "“These are rumours,” Bou Karim said.",
    )
    people = people_in(draft)
    assert "Abdallah Bou Karim" in people
    assert "Bou Karim" not in people


def test_a_body_that_is_the_run_is_no_person() -> None:
    draft = _draft(
        "Strikes on the region",
        "Tomas Varga is the head of the Kyiv Regional Military Administration and spoke on Friday.",
        "At the same time, the head of the Kyiv Regional Military Administration stated that"
        " there were several strikes.",
    )
    people = people_in(draft)
    assert not any("Military" in name or "Administration" in name for name in people)


def test_an_unknown_place_before_an_unknown_name_is_left_alone() -> None:
    # No known place, no given name, no shorter mention: the split is not certain, so the
    # run is not cut into a guessed name.
    draft = _draft(
        "Chief speaks",
        "The chief of Oru Tamba Ikpe Obong said the market would close.",
    )
    assert "Ikpe Obong" not in people_in(draft)
