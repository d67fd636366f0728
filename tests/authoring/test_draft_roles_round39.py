"""Thirty-ninth round, roles. Read from fresh52-57's misses, each as a family over every
labeled set: a long lowercase office written before a name ("director of the president's
press office Jo Lee said"), a compass word inside an apposition closed by the verb ("Jo Lee,
the governor of northern Varnholt condemned"), and a name after ", and" that a body's
two-part portfolio must not swallow ("the Bureau for Regional Policy, and Ewa Zielna"), and a
firm named inside another person's apposition ("Jo Lee, an analyst at Brekke Montgomery
Scott,"), which holds no second person."""

from __future__ import annotations

from bot.authoring.orgs import organisation_names
from tests.authoring.drafted import flood_people


def test_a_long_lowercase_office_of_a_body_before_the_name() -> None:
    people = flood_people(
        "Everyone must respect the law, director of the mayor’s press office Tomas Pekkala "
        "said on Monday.",
    )
    assert people.get("Tomas Pekkala") == "director of the mayor’s press office"


def test_a_committee_and_its_field_before_the_name_with_a_second_role() -> None:
    people = flood_people(
        "On Thursday, party councillor and member of the mayoral committee for transport "
        "Greta Lindqvist warned against delays.",
    )
    role = people.get("Greta Lindqvist") or ""
    assert "member of the mayoral committee for transport" in role


def test_two_fields_joined_by_and_before_the_name() -> None:
    people = flood_people(
        "Former deputy minister of water supply and sanitation Arvo Kallas had said he "
        "would attend the opening.",
    )
    role = people.get("Arvo Kallas")
    assert role == "Former deputy minister of water supply and sanitation"


def test_a_person_named_after_a_portfolio_gets_no_office() -> None:
    people = flood_people(
        "The lawyer for the family of the young victim Ann Roe said the walls failed.",
        "The mother of the two injured children Ida Vole said the walls failed.",
    )
    assert "lawyer" not in (people.get("Ann Roe") or "")
    assert "mother" not in (people.get("Ida Vole") or "")


def test_a_compass_word_inside_an_apposition_closed_by_the_verb() -> None:
    people = flood_people(
        "Piet Maris, the governor of northern Varnholt’s Coastal Province condemned the delay.",
    )
    role = people.get("Piet Maris")
    assert role == "governor of northern Varnholt’s Coastal Province"


def test_a_name_after_a_two_part_portfolio_and_its_comma_is_a_person() -> None:
    people = flood_people(
        "Talks were held on Monday between Jan Kowal, head of the Bureau for Regional "
        "Policy, and Ewa Zielna, Deputy Minister of Transport.",
    )
    assert people.get("Jan Kowal") == "head of the Bureau for Regional Policy"
    assert people.get("Ewa Zielna") == "Deputy Minister of Transport"


def test_a_three_part_portfolio_keeps_its_oxford_comma() -> None:
    text = "Jan Kowal of the Bureau for Roads, Rivers, and Harbour Works spoke first."
    assert "Harbour Works" in organisation_names([text])


def test_a_firm_inside_another_persons_apposition_is_no_person() -> None:
    people = flood_people(
        "“The pumps came too late,” Piet Maris, an analyst at Brekke Montgomery Scott, said "
        "on Tuesday.",
    )
    assert people == {"Piet Maris": "analyst at Brekke Montgomery Scott"}
