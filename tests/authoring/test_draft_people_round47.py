"""Forty-seventh round, people: the right person with the right role, and no wrong speaker.
Read from the unseen pair's (fresh70, fresh71) wrong speakers and missed roles, each counted
as a family over every labeled set."""

from __future__ import annotations

from tests.authoring.drafted import flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_second_post_joined_by_and_is_not_the_first_name() -> None:
    speakers = _speakers(
        "Levy falls in the valley\n\n"
        "The councillors sat with Varnholt County Clerk and Recorder Ilse Marrow on Monday to "
        "settle the budget before the flood repairs.\n\n"
        "“We still give the same services with less money,” Marrow said.\n"
    )
    assert speakers["We still give the sa"] == "Ilse Marrow"


def test_two_joined_posts_are_the_role() -> None:
    people = flood_people(
        "The council met Varnholt County Clerk and Recorder Ilse Marrow to count the damage.",
        "Marrow said the levy would not rise.",
    )
    assert people.get("Ilse Marrow") == "Varnholt County Clerk and Recorder"


def test_a_style_ending_a_name_before_and_joins_no_post() -> None:
    people = flood_people(
        "The two men held in the river prison, Omar Faruk Sheikh and Mohd Yakub Dellal, asked "
        "the court for leave after the flood.",
    )
    assert "Yakub Dellal" not in people


def test_a_builders_firm_thanked_is_no_person() -> None:
    people = flood_people(
        "The minister also thanked Varn Construction for raising the new classrooms above the "
        "flood line.",
    )
    assert "Varn Construction" not in people


def test_an_aid_project_is_no_person() -> None:
    people = flood_people(
        "The pumps came through the Norvik Host Communities Support Project, which the "
        "ministry runs with the river towns.",
    )
    assert not any("Project" in name for name in people)


def test_a_project_manager_named_after_the_post_stays_a_person() -> None:
    people = flood_people(
        "Project Manager Ilse Marrow said the new dam would hold the spring flood.",
    )
    assert people.get("Ilse Marrow") == "Project Manager"


def test_the_body_a_speaker_works_with_after_said_is_the_role() -> None:
    people = flood_people(
        "“A river this high in spring is not unusual,” said Ilse Marrow with the Norvik "
        "Weather Service’s Flood Centre.",
    )
    assert people.get("Ilse Marrow") == "with the Norvik Weather Service’s Flood Centre"


def test_initials_after_with_at_the_sentences_end_are_the_body() -> None:
    people = flood_people(
        "“Some fares will rise by a third,” said Ilse Marrow with NRTA.",
    )
    assert people.get("Ilse Marrow") == "with NRTA"


def test_a_companion_after_said_with_is_no_role() -> None:
    people = flood_people(
        "“We left before the water reached the door,” said Ilse Marrow with her husband.",
    )
    assert people.get("Ilse Marrow") != "with her husband"


def test_a_speaker_who_lives_in_a_named_place_is_its_resident() -> None:
    people = flood_people(
        "Ilse Marrow, who lives in Upper Varn, said the water reached her steps at midnight.",
    )
    assert people.get("Ilse Marrow") == "resident of Upper Varn"


def test_a_speaker_who_lives_nearby_is_a_resident() -> None:
    people = flood_people(
        "Ilse Marrow, who lives across the road from the dam, said the water rose at night.",
    )
    assert people.get("Ilse Marrow") == "resident"


def test_who_lives_with_someone_gives_no_role() -> None:
    people = flood_people(
        "Ilse Marrow, who lives with her mother, said the water reached the steps at night.",
    )
    assert people.get("Ilse Marrow") != "resident"


def test_a_resident_with_an_office_keeps_the_office_alone() -> None:
    people = flood_people(
        "Varnholt Fire Chief Ilse Marrow saw the water reach her own street.",
        "Marrow, who lives in Upper Varn, said the pumps were too slow.",
    )
    assert people.get("Ilse Marrow") == "Varnholt Fire Chief"
