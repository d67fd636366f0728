"""Forty-fourth round, figures: the right people with the right roles. Read from the unseen sets'
(fresh64-67) missed and invented figures, each as a family over every labeled set."""

from __future__ import annotations

from tests.authoring.drafted import flood_people


def test_a_list_of_offices_and_names_gives_each_person_their_own_office() -> None:
    people = flood_people(
        "Harbour Minister Tomas Vell, Water Minister Ilse Marrow, representatives of the "
        "fishing unions and the district engineers met at the depot on Monday.",
    )
    assert people.get("Tomas Vell") == "Harbour Minister"
    assert people.get("Ilse Marrow") == "Water Minister"


def test_a_lowercase_office_and_two_names_joined_by_and_are_the_lists_next_item() -> None:
    people = flood_people(
        "Three of the five trustees, chair Dana Pike, vice-chair Jane Holt and Mary Stone, "
        "back the plan to rebuild the footbridge.",
    )
    assert people.get("Dana Pike") == "chair"
    assert people.get("Jane Holt") == "vice-chair"


def test_a_name_in_capitals_after_an_office_is_the_lists_next_person() -> None:
    people = flood_people(
        "He was joined by Norvik Governor Pieter Olsen, Senate Majority Leader TOMAS VELL, "
        "and other leaders at the flooded bridge.",
    )
    assert people.get("Pieter Olsen") == "Norvik Governor"


def test_an_office_serving_someone_else_stays_the_persons_role() -> None:
    people = flood_people(
        "Ilse Marrow, adviser to Governor Pieter Olsen, said the bridge would reopen in May.",
    )
    assert people.get("Ilse Marrow") == "adviser to Governor Pieter Olsen"


def test_an_office_of_a_body_or_a_place_after_the_comma_stays_the_role() -> None:
    people = flood_people(
        "Dana Pike, Managing Director Norvik Holdings, said the depot would reopen in May.",
        "Rod Okafor, Regional Commissioner Western Region, said the roads were clear.",
    )
    assert people.get("Dana Pike") == "Managing Director Norvik Holdings"
    assert people.get("Rod Okafor") == "Regional Commissioner Western Region"


def test_two_fields_of_one_office_joined_by_and_stay_in_the_title() -> None:
    people = flood_people(
        "Municipal Affairs and Housing Minister Tomas Vell said the footbridge would reopen.",
        "Agriculture, Fisheries and Forestry Minister Ilse Marrow visited the flooded farms.",
    )
    assert people.get("Tomas Vell") == "Municipal Affairs and Housing Minister"
    assert people.get("Ilse Marrow") == "Agriculture, Fisheries and Forestry Minister"


def test_a_person_before_and_keeps_the_title_after_it_for_the_next_name() -> None:
    people = flood_people(
        "The depot was visited by Rod Okafor and Health Minister Dana Pike on Monday.",
    )
    assert people.get("Dana Pike") == "Health Minister"


def test_an_office_of_its_own_after_and_keeps_its_title_alone() -> None:
    people = flood_people(
        "Minister of State for Cabinet Affairs and Acting Minister Tomas Vell visited the "
        "flooded farms on Monday.",
    )
    assert people.get("Tomas Vell") == "Acting Minister"


def test_one_word_between_a_quotes_said_and_the_name_is_the_speakers_role() -> None:
    people = flood_people(
        "“The footbridge will not reopen before spring,” said ferryman Tomas Vell.",
    )
    assert people.get("Tomas Vell") == "ferryman"


def test_a_time_word_between_said_and_the_name_is_no_role() -> None:
    people = flood_people(
        "“The footbridge will not reopen before spring,” said yesterday Tomas Vell.",
    )
    assert people.get("Tomas Vell") in (None, "role unknown: check the article")


def test_a_rank_of_time_between_said_and_the_name_is_no_role() -> None:
    people = flood_people(
        "“The footbridge will not reopen before spring,” said former Tomas Vell.",
    )
    assert people.get("Tomas Vell") != "former"
