"""Roles written the way outlets the earlier rules were not written for write them: a
team's skipper, an office written with a capital as the subject after the one person named
("The Chancellor faced ...", "The CM added"), the last name of a list with a plural verb,
a full name and the party it belongs to (invented text)."""

from __future__ import annotations

from tests.authoring.drafted import FLOOD_HEADLINE as HEADLINE
from tests.authoring.drafted import FLOOD_PARAGRAPHS, drafted, everyone_in, names_in
from tests.authoring.drafted import flood_people as _people

OPENING = FLOOD_PARAGRAPHS[0]


def test_a_teams_skipper_is_a_role() -> None:
    people = _people("Oster skipper Tove Aasen too praised the Varnholt keeper after the match.")
    assert people.get("Tove Aasen") == "Oster skipper"


def test_an_office_with_a_capital_as_the_next_subject_is_the_one_person_named_before() -> None:
    people = _people(
        "Opposition parties accused Per Holm of dodging questions on the sea wall.",
        "The Chancellor faced particular criticism for refusing to give a date.",
    )
    assert people.get("Per Holm") == "Chancellor"


def test_an_office_short_form_as_the_subject_is_the_persons_role() -> None:
    people = _people(
        "Holm said, “The wall will hold. We have done the work.” The CM added that the army"
        " would stay until Friday."
    )
    assert people.get("Holm") == "CM"


def test_an_office_as_subject_after_two_people_is_nobodys_role() -> None:
    people = _people(
        "Opposition parties accused Per Holm and Tove Aasen of dodging questions.",
        "The Chancellor faced particular criticism for refusing to give a date.",
    )
    assert "Chancellor" not in people.get("Per Holm", "")
    assert "Chancellor" not in people.get("Tove Aasen", "")


def test_the_last_name_of_a_list_with_a_plural_verb_is_a_person() -> None:
    names = names_in(
        drafted(
            "\n\n".join(
                [
                    HEADLINE,
                    OPENING,
                    "Mayor Ilse Brandt, councillor Jon Berg and harbour candidate Tove Aasen"
                    " were present at the quay.",
                ]
            )
        )
    )
    assert "Tove Aasen" in names


def test_a_full_name_and_the_party_it_belongs_to() -> None:
    people = _people(
        "The seat is held by Tove Aasen of Aasen's Coastal Party with a margin of 28 votes."
    )
    assert people.get("Tove Aasen") == "Aasen's Coastal Party"


def test_an_office_of_a_party_is_not_a_person() -> None:
    line = "The Varnholt Member of the Coastal Party, Tove Aasen, opened the quay."
    names = names_in(drafted("\n\n".join([HEADLINE, OPENING, line])))
    assert "Varnholt Member" not in names
    assert "Tove Aasen" in names


def test_an_office_the_article_gives_someone_by_name_is_not_given_to_another() -> None:
    people = _people(
        "The Chancellor, Mr Per Holm, declined to comment on the report.",
        "Ms Tove Aasen asked whether the council would publish it.",
        "The Chancellor said it was vital that the report stayed private.",
    )
    assert "Chancellor" not in people.get("Tove Aasen", "")


def test_an_office_with_one_holder_that_speaks_is_the_one_person_named_before() -> None:
    people = _people(
        "Ms Brandt accused the council of stalling on the sea wall.",
        "“We have run out of patience with them,” the mayor said.",
    )
    assert people.get("Brandt") == "mayor"


def test_an_office_that_speaks_is_not_given_to_a_resident_when_its_holder_is_named() -> None:
    people = _people(
        "The mayor, Ilse Brandt, opened the shelter on Monday night.",
        "Jon Berg complained that the shelter was full by midnight.",
        "“We will open a second hall,” the mayor said.",
    )
    assert "mayor" not in people.get("Jon Berg", "")


def test_names_whose_relatives_the_article_mentions_are_people() -> None:
    names = everyone_in(
        "\n\n".join(
            [
                HEADLINE,
                OPENING,
                "Tove Aasen and Per Holm were taken to court on Monday on fraud charges.",
                "Their lawyer left for his office while Aasen and Holm's relatives went to"
                " pay the bail.",
            ]
        )
    )
    assert {"Tove Aasen", "Per Holm"} <= names


def test_a_places_children_make_it_no_person() -> None:
    names = names_in(
        drafted("\n\n".join([HEADLINE, OPENING, "Oster's children were moved to the school."]))
    )
    assert "Oster" not in names
