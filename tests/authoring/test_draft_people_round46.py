"""Forty-sixth round, people: the right person with the right role, and no wrong speaker. Read
from the unseen pair's (fresh68, fresh69) wrong speakers and invented or missed figures, each
counted as a family over every labeled set."""

from __future__ import annotations

from tests.authoring.drafted import flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_quote_closed_by_read_an_order_is_nobodys() -> None:
    speakers = _speakers(
        "Ferry meeting moved\n\n"
        "Mayor Ilse Marrow closed the harbour board's meeting after an hour of shouting.\n\n"
        "Marrow said she has moved the board's talk on the ferry fares to noon on Thursday. "
        "She intends to limit access to the hall: only reporters will be let in.\n\n"
        "“By order of Mayor Marrow, the meeting will be reconvened tomorrow at noon in a "
        "closed room,” read an order handed out by her staff.\n"
    )
    assert speakers["By order of Mayor Ma"] == "Unattributed quotes"


def test_an_irish_office_set_off_by_commas_before_the_name_is_the_role() -> None:
    people = flood_people(
        "The Ceann Comhairle, Mr Tomas Dunne, said that the matter could not be raised in "
        "the chamber before the flood report was published.",
    )
    assert people.get("Tomas Dunne") == "Ceann Comhairle"


def test_a_museum_after_a_cities_possessive_is_no_person() -> None:
    people = flood_people(
        "Before the flood he was deputy director of Norvik’s Ada Lindqvist museum of modern "
        "art, where the basement archive was lost.",
    )
    assert "Ada Lindqvist" not in people


def test_a_person_after_a_countrys_possessive_office_stays() -> None:
    people = flood_people(
        "Norvik’s harbour minister Ada Lindqvist said the basement archive was lost.",
    )
    assert people.get("Ada Lindqvist") == "Norvik’s harbour minister"


def test_a_builders_name_that_speaks_is_no_person() -> None:
    people = flood_people(
        "Norvik Builders said the new homes on the river bank would be raised a metre.",
    )
    assert "Norvik Builders" not in people


def test_a_fire_agency_that_reports_is_no_person() -> None:
    people = flood_people(
        "Vell Fire said the blaze in the hills above the town was half contained by Monday.",
    )
    assert "Vell Fire" not in people


def test_a_fire_chief_named_after_the_post_stays_a_person() -> None:
    people = flood_people(
        "Norvik Fire Chief Tomas Vell said the blaze in the hills was half contained.",
    )
    assert people.get("Tomas Vell") == "Norvik Fire Chief"


def test_a_chamber_of_commerce_that_speaks_is_no_person() -> None:
    people = flood_people(
        "Norvik Chamber said the shops on the river bank would reopen within a week.",
    )
    assert "Norvik Chamber" not in people
