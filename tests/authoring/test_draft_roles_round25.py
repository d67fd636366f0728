"""Twenty-fifth round, roles, rules read from fresh32: a middle initial "A." inside a titled
name ("Prime Minister Ivo A. Berg": an initial, not the article "A"); an office, then a style
of address before the name ("Premier the Hon. Ina Rusk"); a capitalised trustee's title
("Trustee Ada Vole"); a plural office before a list of its holders ("Premiers Ned Vole and
Tove Lind"); a Spanish courtesy before a full name ("Sr Abel Crane Ruiz"); the body a
sentence's subject works "with" ("Ina Rusk with the Harbour Weather Service"); "became" and
an office; an office of two parts ("Secretary of State for Transport"); an adviser "to the Prime
Minister" is no Prime Minister. Then, read from fresh33 after fresh32's rules were measured on
it: an envoy "to" a country ("Norvik's ambassador to Varnholt"); a cricket pacer; a past verb
and its object after the name's comma ("Chief Ada Vole, informed the Speaker") is no role."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_middle_initial_a_keeps_the_title_and_the_person() -> None:
    draft = _draft(
        "Prime Minister Ivo A. Berg will lead a delegation to the ferry talks in Norvik.",
        "Berg will return on Friday.",
    )
    assert people_in(draft).get("Ivo A. Berg") == "Prime Minister"


def test_an_office_then_a_style_of_address_is_the_role() -> None:
    draft = _draft(
        "Varnholt – Prime Minister the Most Hon. Dr. Ivo Berg will lead a delegation to Norvik.",
        "Premier the Hon. Ina Rusk opened the new pier on Monday.",
        "“The night boats are back,” Berg said. “Nobody will wait in the cold,” Rusk said.",
    )
    people = people_in(draft)
    assert people.get("Ivo Berg") == "Prime Minister"
    assert people.get("Ina Rusk") == "Premier"


def test_a_style_of_address_without_an_office_gives_no_role() -> None:
    draft = _draft(
        "The crew met the Hon. Ina Rusk at the pier.",
        "“The night boats are back,” Rusk said.",
    )
    assert people_in(draft).get("Ina Rusk") != "the"
    assert "Hon" not in str(people_in(draft).get("Ina Rusk"))


def test_a_capitalised_trustee_before_a_name_is_the_role() -> None:
    draft = _draft(
        "“I have nothing to choose between,” Trustee Ada Vole said. “It is a done deal.”",
    )
    people = people_in(draft)
    assert people.get("Ada Vole") == "Trustee"
    assert "Trustee Ada Vole" not in people
    assert speakers_in(draft)["I have nothing to choose between"] == "Ada Vole"


def test_a_plural_office_before_a_list_of_names_is_no_part_of_the_first_name() -> None:
    draft = _draft(
        "The ferry deal came out of a meeting between Premiers Ned Vole and Tove Lind.",
        "“We agree on the night boats,” said Premier Vole.",
    )
    people = people_in(draft)
    assert people.get("Ned Vole") == "Premier"
    assert not any(name.startswith("Premiers") for name in people)


def test_a_spanish_courtesy_before_a_full_name_is_no_part_of_it() -> None:
    draft = _draft(
        "Sr Abel Crane Ruiz, the ferry firm’s administrator, argued it was “unfair” to single"
        " out his boats.",
    )
    people = people_in(draft)
    assert people.get("Abel Crane Ruiz") == "ferry firm’s administrator"
    assert speakers_in(draft)["unfair"] == "Abel Crane Ruiz"


def test_a_senior_after_a_name_stays_the_name_s_suffix() -> None:
    draft = _draft("Ned Vole Sr said the night boats were “a gift” to the island.")
    assert "Ned Vole Sr" in speakers_in(draft).values()


def test_the_body_a_subject_works_with_is_the_role() -> None:
    draft = _draft(
        "Ina Rusk with the Harbour Weather Service in Norvik spent the morning on the pier.",
        "“The swell was higher than we thought,” said Rusk.",
        "Ned Vole with the help of his crew tied the boat up. “It held,” Vole said.",
    )
    people = people_in(draft)
    assert people.get("Ina Rusk") == "with the Harbour Weather Service in Norvik"
    assert "help" not in people.get("Ned Vole", "")


def test_became_gives_the_subject_its_office() -> None:
    draft = _draft(
        "It is six years since Abel Crane became Varnholt harbour master.",
        "“We go again,” Crane said.",
        "Tove Lind became a household name after the storm. “I only rowed,” Lind said.",
    )
    people = people_in(draft)
    assert people.get("Abel Crane") == "Varnholt harbour master"
    assert "household" not in people.get("Tove Lind", "")


def test_a_two_part_office_before_a_name_is_the_whole_office() -> None:
    draft = _draft(
        "The minister would not talk about the latest casualty – former Secretary of State for"
        " Transport Abel Crane Ruiz, named in a fraud inquiry."
    )
    assert people_in(draft).get("Abel Crane Ruiz") == "Secretary of State for Transport"


def test_an_adviser_to_an_office_is_no_holder_of_that_office() -> None:
    draft = _draft(
        "Senior Harbour Adviser to the Prime Minister, Ina Rusk spoke about the night boats.",
        "“Nobody will wait in the cold,” Rusk said.",
        "The senior policy advisor to the Premier, Ned Vole, said the money was there.",
    )
    people = people_in(draft)
    assert people.get("Ina Rusk") == "Senior Harbour Adviser to the Prime Minister"
    assert people.get("Ned Vole") == "senior policy advisor to the Premier"


# Rules read from fresh33, after fresh32's were measured on it.


def test_an_envoy_to_a_country_is_the_whole_role() -> None:
    draft = _draft(
        "Norvik's ambassador to Varnholt, Ned Vole, who also serves two islands, said the"
        " ferries were welcome."
    )
    assert people_in(draft).get("Ned Vole") == "Norvik's ambassador to Varnholt"


def test_a_cricket_pacer_before_a_name_is_the_role() -> None:
    draft = _draft(
        "Pacer Ned Vole was the pick of the Varnholt bowlers with four wickets.",
        "“The ball swung all day,” Vole said.",
    )
    assert people_in(draft).get("Ned Vole") == "Pacer"


def test_a_press_secretary_to_the_governor_keeps_the_whole_role() -> None:
    draft = _draft(
        "A statement issued by the Chief Press secretary to the Governor, Ina Rusk, called the"
        " ferry reports fake news.",
        "The case involves a former Special Assistant to the governor, Ned Vole, who sold a boat.",
    )
    people = people_in(draft)
    assert people.get("Ina Rusk") == "Chief Press secretary to the Governor"
    assert people.get("Ned Vole") == "former Special Assistant to the governor"


def test_a_past_verb_and_its_object_after_a_comma_is_no_role() -> None:
    draft = _draft(
        "The leader of the Norvik stallholders in Varnholt, Chief Obinna Tobias Okafor, "
        "informed the Speaker of the Assembly, Dele Adeyemi, who led a team of visiting "
        "lawmakers on Tuesday, that many traders could not pay the new fees.",
        "“We have waited for months and our shops are still locked,” Okafor said.",
        "Adeyemi said: “We will take this to the minister next week.”",
    )
    people = people_in(draft)
    assert people.get("Obinna Tobias Okafor") == "Chief", "not “Chief, informed the Speaker”"
    assert people.get("Dele Adeyemi") == "Speaker of the Assembly"
