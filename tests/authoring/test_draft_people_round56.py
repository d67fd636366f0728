"""Fifty-sixth round, people: where the name reader dropped a person it had the words for:
a home town set off with "from" before the speech verb, a name opening with an accented
capital after a role and its comma, and an adverb between the name and the speech verb."""

from __future__ import annotations

from tests.authoring.drafted import FLOOD_HEADLINE, FLOOD_PARAGRAPHS, flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def _story(*paragraphs: str) -> str:
    return "\n\n".join([FLOOD_HEADLINE, FLOOD_PARAGRAPHS[0], *paragraphs]) + "\n"


def test_a_home_town_after_from_is_an_aside_before_the_verb() -> None:
    lines = (
        "“The water was at the door by noon,” Ingrid Solberg, from Tromsø, said.",
        "Pavel Novak, from Brno, said the road had been closed since Sunday.",
    )
    people = flood_people(*lines)
    assert "Ingrid Solberg" in people  # was dropped, her quote left unattributed
    assert "Pavel Novak" in people
    assert _speakers(_story(*lines))["The water was at the"] == "Ingrid Solberg"


def test_a_home_town_aside_gives_no_role() -> None:
    people = flood_people("Pavel Novak, from Brno, said the road had been closed since Sunday.")
    assert people.get("Pavel Novak") == "role unknown: check the article"  # not "from Brno"


def test_a_role_and_its_comma_before_a_name_with_an_accented_capital() -> None:
    people = flood_people(
        "On Tuesday the mayor met the Polish Minister of Infrastructure, Łucja Żak, and "
        "the Czech Minister of Transport, Ondřej Šebek, at the harbour.",
    )
    # both were dropped: an accented capital did not close the name after the comma
    assert people.get("Łucja Żak") == "Polish Minister of Infrastructure"
    assert people.get("Ondřej Šebek") == "Czech Minister of Transport"
    plain = flood_people(
        "On Tuesday the mayor met the Polish Minister of Infrastructure, Lucja Zak, and "
        "the Czech Minister of Transport, Ondrej Sebek, at the harbour.",
    )
    assert plain.get("Lucja Zak") == "Polish Minister of Infrastructure"  # as before


def test_an_adverb_between_the_name_and_the_speech_verb() -> None:
    lines = (
        "Marta Quist also said: “The pumps ran all night.”",
        "“We will rebuild the wall,” Tomas Berger later told reporters.",
    )
    people = flood_people(*lines)
    assert "Marta Quist" in people  # both were dropped, their quotes left unattributed
    assert "Tomas Berger" in people
    speakers = _speakers(_story(*lines))
    assert speakers["The pumps ran all ni"] == "Marta Quist"
    assert speakers["We will rebuild the "] == "Tomas Berger"


def test_a_given_name_before_then_points_at_the_full_name() -> None:
    lines = (
        "Ingrid Solberg was speaking for the council and she praised the crews at length:",
        "Ingrid then concluded: “We will be ready by the spring.”",
    )
    assert _speakers(_story(*lines))["We will be ready by "] == "Ingrid Solberg"


def test_a_lone_surname_before_also_said_is_left_as_before() -> None:
    line = "Solberg also said: “We will be ready by the spring.”"
    assert "Solberg" not in flood_people(line)  # no full name on the page to point at
