"""Fifty-second round, people: a portfolio joined by "and" before a three-word name, a time
phrase opening the sentence kept out of the office before a name, and a ship's prefix that
opens no one's name."""

from __future__ import annotations

from tests.authoring.drafted import flood_people


def test_a_three_word_name_after_a_joined_portfolio_keeps_the_post() -> None:
    people = flood_people(
        "Deputy Minister of Fisheries and Coastal Development Tran Van Minh told the meeting "
        "the dikes would be raised before the next season.",
        "“The sea comes further every year,” Minh said.",
    )
    assert people.get("Tran Van Minh") == "Deputy Minister of Fisheries and Coastal Development"


def test_a_given_name_opening_three_words_after_a_joined_portfolio() -> None:
    people = flood_people(
        "Last month Minister of Housing and Public Works Ana Maria Osei told Parliament that "
        "the shelters would be rebuilt.",
    )
    assert people.get("Ana Maria Osei") == "Minister of Housing and Public Works"


def test_a_time_phrase_opening_the_sentence_is_not_part_of_the_office() -> None:
    people = flood_people(
        "Last week Minister of Housing Ana Osei told Parliament the shelters would be rebuilt.",
    )
    assert people.get("Ana Osei") == "Minister of Housing"


def test_a_year_of_study_before_a_role_stays_in_the_role() -> None:
    people = flood_people(
        "The clean-up was organised by final year law student Ola Brandt, who lives nearby.",
    )
    assert people.get("Ola Brandt") == "final year law student"


def test_a_vessel_after_its_prefix_is_no_figure() -> None:
    people = flood_people(
        "The 30-year-old MV Sula Brae will cover the island route while the ferry is repaired.",
        "“Passengers should book early,” said harbour master Ola Brandt.",
    )
    assert not any("Sula" in name for name in people)
    assert people.get("Ola Brandt") == "harbour master"
