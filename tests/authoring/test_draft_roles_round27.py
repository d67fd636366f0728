"""Twenty-seventh round, roles, rules chosen from the people the draft missed over all older
sets (A-M) at once: an apposition set off with no commas after a name that opens its sentence
("Abel Crane the Mayor of Norvik said") is the name's role; a possessive name's appointment,
resignation or time "as" an office ("Ada Vole’s appointment as harbour master") gives the name
that office."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_an_apposition_without_commas_after_the_subject_is_its_role() -> None:
    draft = _draft(
        "Then Abel Crane the Mayor of Norvik said the boats had been late all winter.",
        "“Nobody waits in the cold now,” Crane added.",
    )
    assert people_in(draft).get("Abel Crane") == "Mayor of Norvik"


def test_a_lowercase_apposition_without_commas_is_the_role_too() -> None:
    draft = _draft(
        "Ida Vole the harbour master said the night boats would sail again on Friday.",
        "“The crews are ready,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "harbour master"


def test_a_clause_after_an_object_name_is_not_the_names_role() -> None:
    draft = _draft(
        "The crews told Ida Vole the harbour master had shut the gates.",
        "“Nobody told us,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") != "harbour master"


def test_a_possessive_names_appointment_as_an_office_gives_that_office() -> None:
    draft = _draft(
        "The crews cheered Ada Vole’s appointment as harbour master on Friday.",
        "“The night boats are back,” Vole said.",
    )
    assert people_in(draft).get("Ada Vole") == "harbour master"


def test_a_possessive_names_resignation_as_an_office_gives_that_office() -> None:
    draft = _draft(
        "The vote came a week after Jo Lind's resignation as ferry inspector.",
        "“I will not sign off unsafe boats,” Lind said.",
    )
    assert people_in(draft).get("Jo Lind") == "ferry inspector"


# Read from fresh36's misses (and measured on fresh37 before its misses were read).


def test_a_town_in_brackets_before_the_comma_role_leaves_the_role_to_the_name() -> None:
    draft = _draft(
        "Ida Vole (Norvik), board chair, told the paper the night boats would sail again.",
        "“The crews are ready,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "board chair"


def test_a_self_described_apposition_is_a_role_not_a_new_subject() -> None:
    draft = _draft(
        "One of them, Ida Vole, a self-described “night owl” and a ferry pilot who has sailed"
        " for years, said the boats were late.",
        "“Nobody waits in the cold now,” Vole said.",
    )
    assert "ferry pilot" in (people_in(draft).get("Ida Vole") or "")


def test_the_place_an_office_is_of_is_not_a_person() -> None:
    draft = _draft(
        "The mayor of West Norvik says his town is coming together after the floods.",
        "“We are all helping,” Mayor Jo Lind said.",
    )
    people = people_in(draft)
    assert "West Norvik" not in people
    assert people.get("Jo Lind") == "Mayor"


# Read from fresh37's misses (and measured on fresh36 before the rule was kept).


def test_a_word_before_a_titled_full_name_gets_no_role_from_it() -> None:
    draft = _draft(
        "Prosecuting, Chief Inspector Abel Crane Obi, opposed bail, saying the ferry's owner"
        " would flee.",
        "“He has a boat,” Obi told the court.",
    )
    people = people_in(draft)
    assert "Prosecuting" not in people
    assert people.get("Abel Crane Obi") == "Chief Inspector"


def test_a_portfolio_owned_by_a_place_is_part_of_the_comma_role() -> None:
    draft = _draft(
        "Meanwhile, the Varnholt Post reported that head of Norvik’s harbour board, Ada Vole,"
        " called on the council to act.",
        "“Nobody waits in the cold now,” Vole said.",
    )
    assert people_in(draft).get("Ada Vole") == "head of Norvik’s harbour board"


def test_a_short_role_left_unclosed_after_the_subject_is_its_role() -> None:
    draft = _draft(
        "Mr. Abel Crane Obi, defence counsel prayed the court to grant the ferry's owner bail.",
        "“He has a home and a boat in Norvik,” Obi said.",
    )
    assert people_in(draft).get("Abel Crane Obi") == "defence counsel"


def test_a_place_and_a_role_left_unclosed_after_the_subject_is_its_role() -> None:
    draft = _draft(
        "Ida Vole, Norvik mayor is reported as saying the night boats would sail again.",
        "“The crews are ready,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") == "Norvik mayor"


def test_a_verb_after_an_object_names_comma_gives_no_role() -> None:
    draft = _draft(
        "The crews waited for Ida Vole, harbour master said the gates were shut.",
        "“Nobody told us,” Vole said.",
    )
    assert people_in(draft).get("Ida Vole") != "harbour master"
