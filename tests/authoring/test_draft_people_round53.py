"""Fifty-third round, people: a reeve and a petitioner are roles, and an office written in
the plural covers every name listed after it."""

from __future__ import annotations

from tests.authoring.drafted import flood_people


def test_a_reeve_in_a_who_clause_after_the_surname_is_the_role() -> None:
    people = flood_people(
        "“The bridge is gone,” Ada Kowalczyk said Monday from Birch Hill, a hamlet of 80.",
        "“Nothing can get through,” said Kowalczyk, who is reeve of the Rural Municipality "
        "of Lakeshore, which covers Birch Hill.",
    )
    assert people.get("Ada Kowalczyk") == "reeve of the Rural Municipality of Lakeshore"


def test_every_name_listed_after_a_plural_office_holds_it() -> None:
    people = flood_people(
        "The court heard that Deputy Public Prosecutors Ana Silveira and Tomas Greer had "
        "asked for the largest fine the law allows.",
    )
    assert people.get("Ana Silveira") == "Deputy Public Prosecutor"
    assert people.get("Tomas Greer") == "Deputy Public Prosecutor"


def test_a_plural_office_mid_sentence_covers_the_second_name() -> None:
    people = flood_people(
        "The premier said he still trusts Ministers R. Dharman and Vivek Lal after the audit.",
    )
    assert people.get("R. Dharman") == "Minister"
    assert people.get("Vivek Lal") == "Minister"
    assert len(people) == 2  # no "Dharman Lal" made of the initial's surname and the next


def test_justices_of_the_peace_in_a_list() -> None:
    people = flood_people(
        "Justices of the Peace Ruth Ames, Carl Doyle and Nina Ortiz were absent on Tuesday.",
    )
    assert people.get("Carl Doyle") == "Justice of the Peace"
    assert people.get("Nina Ortiz") == "Justice of the Peace"


def test_a_listed_name_with_a_title_of_its_own_keeps_it() -> None:
    people = flood_people(
        "Police Constables Ruth Ames, Carl Doyle and Special Constable Nina Ortiz were hurt.",
    )
    assert people.get("Carl Doyle") == "Police Constable"
    assert people.get("Nina Ortiz") == "Special Constable"


def test_a_plural_that_is_no_shared_office_opens_no_list() -> None:
    people = flood_people(
        "The Kings Ruth Ames and Carl Doyle played at the hall on Friday.",
        "“We loved it,” said Carl Doyle.",
    )
    assert people.get("Carl Doyle") != "King"


def test_the_petitioner_before_a_name_is_the_role() -> None:
    people = flood_people(
        "At first the petitioner, R.K. Suresh, who says he heads the village, asked the court "
        "for police protection for the festival.",
    )
    assert people.get("R.K. Suresh") == "petitioner"


def test_a_title_glued_to_a_listed_name_is_no_holder_of_the_office() -> None:
    people = flood_people(
        "Police Constables Ruth Ames, Carl Doyle and Special ConstableNina Ortiz were hurt.",
    )
    assert people.get("Carl Doyle") == "Police Constable"
    assert not any("ConstableNina" in name for name in people)
