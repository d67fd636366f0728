"""Fifty-first round, people: read from the unseen pair fresh74 (ci) and fresh75 (cj), each
shape counted over every labeled set before it became a rule."""

from __future__ import annotations

from tests.authoring.drafted import flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_reeve_before_the_name_is_the_post_not_part_of_the_name() -> None:
    speakers = _speakers(
        "Harvest nearly done\n\n"
        "Reeve Ada Lind said growers in the municipality are almost finished.\n\n"
        "“We had a hot summer and the rain came late,” Lind said.\n"
    )
    assert speakers["We had a hot summer "] == "Ada Lind"


def test_a_reeve_keeps_the_post_as_her_role() -> None:
    people = flood_people(
        "Reeve Ada Lind said the township road would be patched this week.",
        "“The grader is booked,” Lind said.",
    )
    assert "Reeve Ada Lind" not in people
    assert people.get("Ada Lind") == "Reeve"


_FERRY = (
    "Ferry out for repairs\n\n"
    "Ferrico ferries met protest on Wednesday as the company cut the island timetable.\n\n"
    "Ferrico explained that the vessel will be in dry-dock from June 1.\n\n"
    "“This is essential work before the summer,” said Ferrico, managing director, Ola "
    "Brandt. “We are sorry for the disruption it brings.”\n"
)


def test_a_company_before_a_post_and_a_full_name_is_never_the_speaker() -> None:
    speakers = _speakers(_FERRY)
    assert speakers["This is essential wo"] == "Ola Brandt"
    assert speakers["We are sorry for the"] == "Ola Brandt"


def test_the_post_after_the_company_is_the_named_persons_not_the_companys() -> None:
    people = flood_people(
        "“The timetable keeps every lifeline route,” said Ferrico, managing director, Ola Brandt.",
        "The ferry returns to service on June 12.",
    )
    assert "Ferrico" not in people
    assert people.get("Ola Brandt") == "managing director"


def test_rt_before_rev_is_a_style_never_a_person() -> None:
    people = flood_people(
        "The Assistant Bishop of Varnholt, Rt. Rev. Dr. Ola Brandt, opened the jubilee week.",
        "“We give thanks for fifty years,” Brandt said.",
    )
    assert "Rt" not in people
    assert "Ola Brandt" in people


def test_the_rt_hon_after_a_post_and_comma_keeps_the_post_as_role() -> None:
    people = flood_people(
        "The talks were held with Norvik’s Foreign Minister, the Rt. Hon. Ola Brandt, who "
        "arrived on Monday.",
        "“We are neighbours first,” Brandt said.",
    )
    assert "Foreign Minister" in (people.get("Ola Brandt") or "")


def test_a_carnival_praised_after_a_speech_verb_is_no_person() -> None:
    people = flood_people(
        "Premier Ola Brandt has lauded Varnholt Carnival organisers for a safe weekend.",
        "“The streets were full and calm,” Brandt said.",
    )
    assert "Varnholt Carnival" not in people


def test_degrees_after_doctor_of_are_no_person() -> None:
    people = flood_people(
        "According to a statement by the press aide to the VC, Mr Ada Obi, this year, the "
        "college is awarding 90 Diplomas, admitting 300 graduands into First Degrees, 120 "
        "graduands into Master’s Degrees as well as 40 graduands into Doctor of Philosophy "
        "Degrees (Ph.D) of the College of Varn.",
        "“Our largest class yet,” Obi said.",
    )
    assert "Philosophy Degrees" not in people


def test_a_surname_spelt_like_a_particle_ends_the_name() -> None:
    people = flood_people(
        "Tran Van Du, deputy head of the Varn Seed Office, said the new rice sold well.",
        "“Farmers planted early this year,” Du said.",
    )
    assert people.get("Tran Van Du") == "deputy head of the Varn Seed Office"


def test_a_state_in_capitals_after_a_body_stays_no_persons_surname() -> None:
    people = flood_people(
        "Surf Rescue Patrol WA said Ardmore, Kell and Varn beaches had been closed due to "
        "lightning.",
        "The storm passed by noon.",
    )
    assert not any(name.endswith("WA") for name in people)
