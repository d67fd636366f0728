"""Roles as outlets the tenth round's rules were not written from write them: a plural role
right before the names it covers ("led by councillors A, B and C") (invented text)."""

from __future__ import annotations

from tests.authoring.drafted import FLOOD_HEADLINE as HEADLINE
from tests.authoring.drafted import FLOOD_PARAGRAPHS, everyone_in
from tests.authoring.drafted import flood_people as _people


def test_a_plural_role_right_before_a_list_gives_each_name_the_role() -> None:
    people = _people(
        "Hundreds of residents, led by councillors Tove Aasen, Per Holm and Ilse Brandt,"
        " marched to the harbour office."
    )
    assert people.get("Tove Aasen") == "councillor"
    assert people.get("Per Holm") == "councillor"
    assert people.get("Ilse Brandt") == "councillor"


def test_a_plural_role_before_two_names_joined_by_and_gives_each_the_role() -> None:
    people = _people("The mayor kept her confidence in Labour councillors Tove Aasen and Per Holm.")
    assert people.get("Tove Aasen") == "Labour councillor"
    assert people.get("Per Holm") == "Labour councillor"


def test_a_plural_noun_that_is_no_role_before_names_gives_none() -> None:
    people = _people("Hundreds of families, led by Tove Aasen and Per Holm, marched on.")
    assert "famil" not in people.get("Tove Aasen", "")


def test_a_capitalised_plural_in_a_bodys_name_gives_no_one_a_role() -> None:
    people = _people("Nurses Without Borders sent a team to the harbour on Tuesday.")
    assert "Borders" not in people


def test_a_relation_before_a_name_leaves_the_role_to_the_office_written_later() -> None:
    people = _people(
        "The party had ignored a complaint, raising questions for party colleague Tove Aasen.",
        "Senator Aasen this week sought to censure the harbour board.",
    )
    assert people.get("Tove Aasen") == "Senator"


def test_an_office_said_goes_past_a_name_that_holds_another_office() -> None:
    people = _people(
        "Per Holm, 52, faced another stern test when he appeared on the radio on Saturday.",
        "A day after EU President Tove Aasen declared that Varnholt would be key, the"
        " Chancellor said that he does not expect to use a veto.",
    )
    assert people.get("Per Holm") == "Chancellor"
    assert people.get("Tove Aasen") == "EU President"


def test_an_office_said_after_an_honorific_is_still_that_persons() -> None:
    people = _people(
        "Ms Aasen accused the opposition of running out of questions.",
        "“You have run out of questions,” the premier said.",
    )
    assert people.get("Aasen") == "premier"


def test_an_office_and_its_seat_ending_the_sentence_is_the_role() -> None:
    people = _people(
        "The mayor read from her script in reply to a question from Ms Tove Aasen, MP for"
        " Varnholt East."
    )
    assert people.get("Tove Aasen") == "MP for Varnholt East"


def test_a_clause_ending_the_sentence_after_a_name_is_no_role() -> None:
    people = _people("According to Tove Aasen, the harbour master for Varnholt left early.")
    assert "harbour master" not in people.get("Tove Aasen", "")


def test_a_full_name_that_informs_another_full_name_is_a_person() -> None:
    sentence = "In the end, of course, Tove Aasen informed Per Holm that the votes were not there."
    assert "Tove Aasen" in everyone_in("\n\n".join([HEADLINE, FLOOD_PARAGRAPHS[0], sentence]))


def test_a_body_that_informs_someone_is_no_person() -> None:
    people = _people("Varnholt Harbour Council informed Per Holm that the quay would close.")
    assert "Varnholt Harbour Council" not in people
