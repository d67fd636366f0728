"""Thirty-eighth round, roles. Read from fresh54-55's misses, each as a family over every
labeled set: an apposition that the sentence's full stop closes ("... killed Ada Vole, the
editor of The Harbour Times.") is the named person's role when it is a noun phrase headed by
a role noun with no verb of its own; a phrase that runs on as a clause ("According to Doe,
the owner found ...") gives no role."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, people_in, speakers_in

OPENING = "The district council said the flood walls would be raised before the monsoon."


def _draft(*paragraphs: str) -> dict:
    return drafted_story("Flood walls to be raised in Varnholt", OPENING, *paragraphs, "Work ends.")


def test_apposition_closed_by_the_full_stop_is_the_objects_role() -> None:
    draft = _draft(
        "The plan was backed on Monday by Piotr Zielny, a professor of hydrology at the "
        "university.",
    )
    assert people_in(draft).get("Piotr Zielny") == "professor of hydrology at the university"


def test_two_roles_joined_by_and_before_the_full_stop() -> None:
    draft = _draft(
        "The court jailed the man who attacked Ada Vole, the managing editor and co-owner of "
        "The Harbour Times.",
    )
    assert people_in(draft).get("Ada Vole") == "managing editor and co-owner of The Harbour Times"


def test_capitalised_office_closed_by_the_full_stop() -> None:
    draft = _draft(
        "The complaint was signed by Jonas Berg, Deputy Minister of Water Resources.",
    )
    assert people_in(draft).get("Jonas Berg") == "Deputy Minister of Water Resources"


def test_a_clause_after_according_to_gives_no_role() -> None:
    draft = _draft(
        "According to Piotr Zielny, the owner of the bakery lost everything.",
    )
    assert people_in(draft).get("Piotr Zielny") in (None, "role unknown: check the article")


def test_a_phrase_with_a_verb_after_its_head_gives_no_role() -> None:
    draft = _draft(
        "The plan was shown to Piotr Zielny, the mayor of Varnholt said.",
        "The plan was shown to Ada Vole, the engineer knew.",
        "The plan was shown to Jonas Berg, the director of the port will decide.",
    )
    people = people_in(draft)
    assert people.get("Piotr Zielny") != "mayor of Varnholt said"
    assert "engineer" not in (people.get("Ada Vole") or "")
    assert "director" not in (people.get("Jonas Berg") or "")


def test_a_name_that_opens_its_line_takes_no_closing_phrase() -> None:
    draft = _draft(
        "Ada Vole, the engineer of the new wall.",
    )
    assert people_in(draft).get("Ada Vole") in (None, "role unknown: check the article")


def test_a_place_with_a_closing_description_is_no_person() -> None:
    draft = _draft(
        "The storm passed directly over Port Vila, the country's second biggest settlement.",
        "It then passed over Luganville, the region's main harbour and trading centre.",
    )
    people = people_in(draft)
    assert "Port Vila" not in people
    assert "Luganville" not in people


def test_fame_before_a_full_name_is_the_role() -> None:
    draft = _draft(
        "Harbour United star Tomas Reyes opened the new wall on Saturday.",
        "The crowd also cheered blues legend Mae Harlow, who sang at the ceremony.",
    )
    people = people_in(draft)
    assert people.get("Tomas Reyes") == "Harbour United star"
    assert people.get("Mae Harlow") == "blues legend"


def test_crime_nouns_before_a_full_name_are_the_role() -> None:
    draft = _draft(
        "Jurors spared harbour shooter Tomas Reyes the death penalty on Friday.",
        "Police later launched a manhunt for the gunman Mae Harlow across the county.",
    )
    people = people_in(draft)
    assert people.get("Tomas Reyes") == "harbour shooter"
    assert people.get("Mae Harlow") == "gunman"


def test_a_participle_clause_after_a_name_is_no_role() -> None:
    draft = _draft(
        "“We saw the water rise,” said Tomas Reyes, prompting the harbour master to close the "
        "gates.",
        "“It was quick,” said Mae Harlow, setting off a search for the missing ferry captain "
        "with two boats.",
    )
    people = people_in(draft)
    assert "harbour master" not in (people.get("Tomas Reyes") or "")
    assert "captain" not in (people.get("Mae Harlow") or "")


def test_a_participle_that_is_part_of_the_role_stays() -> None:
    draft = _draft(
        "“We saw the water rise,” said Tomas Reyes, acting director of the port authority.",
        "“It was quick,” said Mae Harlow, working as a nurse at the harbour clinic.",
    )
    people = people_in(draft)
    assert people.get("Tomas Reyes") == "acting director of the port authority"
    assert people.get("Mae Harlow") == "working as a nurse at the harbour clinic"


def test_a_dateline_then_a_new_subject_is_no_one() -> None:
    draft = _draft(
        "Port Alder, Varnholt - A Varnholt gunman has been arrested after a shooting spree "
        "left six people dead, police said.",
    )
    assert "Port Alder" not in people_in(draft)


def test_a_name_with_its_chain_of_fathers_is_one_person_with_the_role() -> None:
    draft = _draft(
        "In a column on Monday, Prince Faris bin Khalid bin Nasser Al Varni, the harbour "
        "minister, said the walls were overdue.",
        "“The sea does not wait for us,” Prince Faris bin Khalid added.",
    )
    people = people_in(draft)
    assert people.get("Faris bin Khalid bin Nasser Al Varni") == "Prince, harbour minister"
    assert "Faris bin Khalid" not in people
    speaker = speakers_in(draft).get("The sea does not wait for us")
    assert speaker == "Faris bin Khalid bin Nasser Al Varni"
