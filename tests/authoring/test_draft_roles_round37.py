"""Thirty-seventh round, roles. Read from fresh46-53's misses, each as a family over every
labeled set: "Sardar", written every time before a Pakistani or Punjabi name, is a part of
that name, as "Sheikh" is of a South Asian one, and stays in the figure and the speaker;
"Christian", a faith's adjective and a common given name, opens the name of a person the
article describes ("Nice Mayor Christian Estrosi"), never of a body it does not ("Christian
Aid said"); an aside of company after a name ("alongside a local lawmaker", "together
with the mayor") names someone else's role, never the named person's."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Flood walls to be raised in Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    text = "\n\n".join(
        (
            "The district council said the flood walls would be raised before the monsoon.",
            *paragraphs,
            "Work will start next month.",
        )
    )
    return drafted(HEADLINE + text + "\n")


def test_sardar_written_every_time_stays_in_the_name_with_the_role() -> None:
    draft = _draft(
        "“The water came over the wall in minutes,” district official Sardar Naveed Aslam "
        "told reporters.",
        "Sardar Naveed Aslam said the walls would be raised by a metre.",
    )
    assert people_in(draft).get("Sardar Naveed Aslam") == "district official"
    assert "Naveed Aslam" not in people_in(draft)
    assert "Sardar Naveed Aslam" in speakers_in(draft).values()


def test_sardar_before_one_word_written_every_time_is_the_name() -> None:
    draft = _draft(
        "Local police station chief Sardar Imtiaz said two villages had been cleared.",
    )
    assert people_in(draft).get("Sardar Imtiaz") == "Local police station chief"


def test_sardar_the_article_drops_later_is_no_part_of_the_name() -> None:
    draft = _draft(
        "“We need more pumps,” said Sardar Naveed Aslam, the district official.",
        "Naveed Aslam said the walls would be raised by a metre.",
    )
    assert people_in(draft).get("Naveed Aslam") == "district official"


def test_christian_as_a_given_name_after_an_office_is_a_figure_with_that_office() -> None:
    draft = _draft(
        "Varnholt Mayor Christian Delorme called it the worst flood in a century.",
        "“Roads and some houses were swept away,” Delorme told a radio station.",
    )
    assert people_in(draft).get("Christian Delorme") == "Varnholt Mayor"
    assert speakers_in(draft).get("Roads and some houses were swept away") == "Christian Delorme"


def test_christian_as_a_given_name_before_an_apposition_is_a_figure_with_that_role() -> None:
    draft = _draft(
        "Christian Brandt, president of the Varnholt Pump Company, said the pumps were ready.",
    )
    assert people_in(draft).get("Christian Brandt") == "president of the Varnholt Pump Company"


def test_a_christian_body_nobody_describes_as_a_person_is_no_figure_and_no_speaker() -> None:
    draft = _draft(
        "“Families need dry shelter tonight,” said Christian Solidarity Worldwide.",
        "Christian Aid said it would send tents to the valley.",
    )
    assert not any(name.startswith("Christian") for name in people_in(draft))
    assert speakers_in(draft).get("Families need dry shelter tonight") is None


def test_an_aside_of_company_after_a_name_gives_that_person_no_role() -> None:
    draft = _draft(
        "Ada Vole, alongside a local lawmaker, was arrested for failing to answer a summons.",
        "Ben Marsh, together with the mayor, said the walls were too low.",
        "Cy Lund, as well as the harbour master, said the pumps had failed.",
    )
    roles = people_in(draft)
    assert not any(
        word in role for role in roles.values() for word in ("lawmaker", "mayor", "master")
    )


def test_an_apposition_that_names_the_persons_own_role_still_gives_it() -> None:
    draft = _draft(
        "Ada Vole, a local lawmaker, was arrested for failing to answer a summons.",
        "“We did nothing wrong,” Vole said.",
    )
    assert people_in(draft).get("Ada Vole") == "local lawmaker"
