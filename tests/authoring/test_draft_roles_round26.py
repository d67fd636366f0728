"""Twenty-sixth round, roles, rules chosen from the people the draft missed over all older sets
(A-K) at once: a comma role right after a word that opens a clause ("says the Minister of
Harbours, Ida Vole and ...", "because the Minister of Ferries, Jo Lind has ...") is the
clause's subject, so the name after its comma is its apposition even when nothing closes the
name; an office "of" a body "in" a place ("Secretary of the Harbour Union in Norvik") is one
office."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_role_after_says_gives_its_office_to_the_name_after_the_comma() -> None:
    draft = _draft(
        "The harbour board says the Minister of Harbours, Ida Vole and the port's owners will"
        " meet on Friday.",
        "“The night boats are back,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "Minister of Harbours"


def test_a_role_after_because_gives_its_office_to_the_name_after_the_comma() -> None:
    draft = _draft(
        "The crews walked out because the Minister of Ferries, Jo Lind has cut the night pay.",
        "“We will not sail for less,” a crew member said. Lind said the pay was fair.",
    )
    assert people_in(draft).get("Jo Lind") == "Minister of Ferries"


def test_a_role_ending_an_opening_phrase_is_not_the_next_subjects() -> None:
    draft = _draft(
        "After talking to the Minister of Ferries, Jo Lind said the pay was fair.",
        "“We will not sail for less,” Lind said.",
    )
    assert people_in(draft).get("Jo Lind") != "Minister of Ferries"


def test_an_office_of_a_body_in_a_place_is_one_office() -> None:
    draft = _draft(
        "The former Secretary of the Harbour Union in Norvik, Abel Crane, said the boats were"
        " late every night.",
        "“Nobody waits in the cold now,” Crane said.",
    )
    assert people_in(draft).get("Abel Crane") == ("former Secretary of the Harbour Union in Norvik")


# Read from fresh34's misses (and measured on fresh35 before its misses were read).


def test_an_envoy_to_a_place_before_a_name_is_the_office_not_the_name() -> None:
    draft = _draft(
        "Varnholt's Ambassador to Norvik Ada Vole has been summoned to the ministry.",
        "“The ferries are a matter for both towns,” Vole said.",
    )
    people = people_in(draft)
    assert people.get("Ada Vole") == "Varnholt's Ambassador to Norvik"
    assert "Norvik Ada Vole" not in people


def test_a_name_after_an_office_and_to_is_whole_when_the_office_sends_nobody() -> None:
    draft = _draft(
        "The harbour medal went from the Mayor to Mary Ann Obi, who thanked the crews.",
        "“I did it for the night crews,” Obi said.",
    )
    assert "Mary Ann Obi" in people_in(draft)


def test_the_first_of_a_double_surname_alone_is_the_same_person() -> None:
    draft = _draft(
        "Later, at the town hall, the crews met President Ana Ruiz-Solano.",
        "“The boats will sail every night,” President Ruiz said after the meeting.",
    )
    people = people_in(draft)
    assert people.get("Ana Ruiz-Solano") == "President"
    assert [name for name in people if name.startswith("Ana Ruiz")] == ["Ana Ruiz-Solano"]
    assert speakers_in(draft)["The boats will sail every night"] == "Ana Ruiz-Solano"


# Read from fresh35's misses (after fresh34's rules were measured on it).


def test_his_excellency_before_a_name_is_a_style_not_part_of_the_name() -> None:
    draft = _draft(
        "The mayor welcomed His Excellency Abel Crane Sr., President of Norvik, to the pier.",
        "“The night boats are a gift,” Crane said.",
    )
    people = people_in(draft)
    assert "Abel Crane Sr." in people
    assert not any("Excellency" in name for name in people)


def test_mk_before_a_surname_is_a_title_of_the_member_named_in_full() -> None:
    draft = _draft(
        "Member of Knesset Ida Vole visited the harbour on Monday.",
        "At one point, MK Vole tells the guard, “why are you letting them wait?”",
    )
    people = people_in(draft)
    assert "Ida Vole" in people
    assert "MK Vole" not in people


def test_a_malaysian_datuk_amar_is_a_courtesy_not_part_of_the_name() -> None:
    draft = _draft(
        "The ferry plan was drawn up by a committee headed by Deputy Chief Minister Datuk Amar"
        " Jo Lind Embas, who was asked by the board to finish it.",
        "“The plan took two years,” Lind said.",
    )
    people = people_in(draft)
    assert people.get("Jo Lind Embas") == "Deputy Chief Minister"


def test_a_village_watchman_before_a_name_is_the_role() -> None:
    draft = _draft(
        "Village watchman Abel Crane told police that the ferry had been threatened.",
        "Crane said he saw two men at the pier.",
    )
    assert people_in(draft).get("Abel Crane") == "Village watchman"
