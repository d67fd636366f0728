"""Forty-third round, figures: the right people with the right roles. Read from the unseen sets'
(fresh62-65) missed and invented figures, each as a family over every labeled set."""

from __future__ import annotations

from tests.authoring.drafted import flood_people


def test_a_role_with_its_body_left_open_before_says_is_the_names_role() -> None:
    people = flood_people(
        "Mara Oduya, the Chairperson of Norvik’s market traders says most stalls are under "
        "water, leaving the traders with nowhere to sell.",
    )
    assert people.get("Mara Oduya") == "Chairperson of Norvik’s market traders"


def test_the_role_left_open_after_a_fronted_clause_is_the_names_role() -> None:
    people = flood_people(
        "Speaking to reporters at the depot on Monday, Tomas Vell, the party Head of Press and "
        "Outreach said the roads had to be repaired before the rains.",
    )
    assert people.get("Tomas Vell") == "party Head of Press and Outreach"


def test_a_long_lowercase_role_left_open_names_the_person() -> None:
    people = flood_people(
        "Ilse Marrow, the Varnholt district water officer said the wells had been tested twice "
        "since the flood.",
    )
    assert people.get("Ilse Marrow") == "Varnholt district water officer"


def test_a_bare_office_after_a_name_and_a_comma_is_a_new_subject() -> None:
    people = flood_people(
        "The claim came from the harbour board's spokesman, Pieter Olsen, the governor said on "
        "Monday in a note to the council.",
    )
    assert people.get("Pieter Olsen") != "governor"


def test_a_capitalised_office_standing_alone_is_not_a_person() -> None:
    for sentence in (
        "“The wells are safe to drink from again,” the district's Science Supervisor said.",
        "County Water Supervisor told the meeting the wells were safe to drink from again.",
    ):
        assert flood_people(sentence) == {}


def test_a_name_after_the_office_keeps_the_office_as_the_role() -> None:
    people = flood_people("“The wells are safe,” said Science Supervisor Dana Pike on Monday.")
    assert people == {"Dana Pike": "Science Supervisor"}


def test_a_surname_that_is_a_role_noun_stays_a_name() -> None:
    people = flood_people("“The wells are safe,” said Rod Baker, who runs the bakery.")
    assert "Rod Baker" in people


def test_a_role_with_no_body_after_a_fronted_clause_is_a_new_subject() -> None:
    people = flood_people(
        "After meeting Pieter Olsen, the county water supply officer said the wells were safe "
        "to drink from again.",
    )
    assert people.get("Pieter Olsen") != "county water supply officer"
