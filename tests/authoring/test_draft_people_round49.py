"""Forty-ninth round, people: the right role on unseen pages, and no wrong speaker. Read from
the wrong speakers and missed roles of the eight newest sets (fresh66 to fresh73), each
counted as a family over every labeled set."""

from __future__ import annotations

from bot.authoring.people import UNKNOWN_ROLE
from tests.authoring.drafted import flood_people

_LIND = "“It smouldered in the loft for hours and we will never know why,” said Oskar Lind."


def test_a_post_with_a_place_and_a_service_said_goes_to_the_one_named_before() -> None:
    people = flood_people(
        _LIND, "The Varnholt fire chief said the call came from a neighbour at noon."
    )
    assert people.get("Oskar Lind") == "Varnholt fire chief"


def test_a_post_with_a_lowercase_word_before_its_place_goes_to_the_one_named_before() -> None:
    people = flood_people(
        "Ana Petrak said the cuts would last until September.",
        "The independent Lower Varn councillor added that the islands would get tankers.",
    )
    assert people.get("Ana Petrak") == "independent Lower Varn councillor"


def test_a_post_of_a_team_named_in_the_possessive_goes_to_the_one_named_before() -> None:
    people = flood_people(
        "Ana Petrak praised the defence after the five-goal win on Sunday.",
        "The Harbourside Rovers’ head coach continued that the squad would rest for a week.",
    )
    assert people.get("Ana Petrak") == "Harbourside Rovers’ head coach"


def test_a_plain_post_said_may_be_someone_new_and_gives_no_role() -> None:
    people = flood_people(
        "Ana Petrak said the cuts would last until September.",
        "The fire chief said the islands would get water tankers within a week.",
    )
    assert "chief" not in (people.get("Ana Petrak") or "")


def test_the_other_holder_of_a_post_is_not_the_one_named_before() -> None:
    people = flood_people(
        "Ana Petrak said the cuts would last until September.",
        "The other Varnholt minister said the islands would get water tankers within a week.",
    )
    assert "minister" not in (people.get("Ana Petrak") or "")


def test_a_post_said_after_two_people_named_goes_to_neither() -> None:
    people = flood_people(
        "“The cuts will last until September,” said Ana Petrak. “The pumps are too old,” said "
        "Ivo Rendic.",
        "The Varnholt fire chief said the islands would get water tankers within a week.",
    )
    assert people.get("Ana Petrak") == people.get("Ivo Rendic") == UNKNOWN_ROLE


def test_a_post_the_article_writes_before_another_name_is_that_holders() -> None:
    people = flood_people(
        "Fire Chief Ivo Rendic visited the dam on Monday with the mayor.",
        "Ana Petrak said the cuts would last until September.",
        "The Varnholt fire chief said the islands would get water tankers within a week.",
    )
    assert "chief" not in (people.get("Ana Petrak") or "")


def test_a_spokesman_said_is_nobody_named_before() -> None:
    people = flood_people(
        "Ana Petrak said the cuts would last until September.",
        "The Varnholt council spokesman said the islands would get tankers within a week.",
    )
    assert "spokesman" not in (people.get("Ana Petrak") or "")
