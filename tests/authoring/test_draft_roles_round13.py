"""Roles as copy the twelfth round's rules were not written from writes them: what a person
did ("who sued over ...") is no role, the work a sentence gives its subject ("set off for work
as an office supply manager"), a title joined to a description ("Councillor and mayoral
hopeful NAME"), a whip's office, and names that are no people: the last office of a
minister's portfolio ("Minister for Health, Social Services and Public Safety"), a place named
after someone ("the Chief Per Holm settlement"), a scheme launched ("the new £3 million Health
Action Zone") (invented text)."""

from __future__ import annotations

from tests.authoring.drafted import flood_people as _people


def test_what_a_person_did_in_a_who_clause_is_no_role() -> None:
    people = _people(
        "Judge Ilse Brandt said that Per Holm, who sued over a March story about his harbour"
        " business, had cherry-picked sentences."
    )
    assert "sued" not in people.get("Per Holm", "")
    assert people.get("Ilse Brandt") == "Judge"


def test_the_office_of_someone_named_before_goes_to_no_one_named_after() -> None:
    people = _people(
        "Judge Ilse Brandt dismissed the suit brought by Per Holm, who sued over a story about"
        " his harbour business.",
        "The judge agreed with the council’s view of Holm as a public figure.",
    )
    assert "judge" not in people.get("Per Holm", "").casefold()
    assert people.get("Ilse Brandt") == "Judge"


def test_a_who_clause_about_two_people_is_neither_ones_role() -> None:
    people = _people(
        "Per Holm and Tove Aasen, who were reportedly travelling in a van along the coast road,"
        " were stopped by the police."
    )
    assert "travelling" not in people.get("Tove Aasen", "")


def test_what_a_person_does_in_a_who_clause_is_still_their_role() -> None:
    people = _people("Per Holm, who heads the harbour laboratory, said the wall would hold.")
    assert people.get("Per Holm") == "heads the harbour laboratory"


def test_the_work_the_sentence_gives_its_subject_is_the_role() -> None:
    people = _people(
        "Per Holm, 43, set off for work as an office supply manager at 8am, only to be"
        " confronted by water."
    )
    assert people.get("Per Holm") == "office supply manager"


def test_a_title_joined_to_a_description_before_a_name_is_the_role() -> None:
    people = _people("Councillor and mayoral hopeful Tove Aasen called the comments rude.")
    assert people.get("Tove Aasen") == "Councillor and mayoral hopeful"


def test_a_members_initials_and_seat_after_a_name_are_the_role() -> None:
    people = _people(
        "Tove Aasen, AM for Oster, said she was concerned about the harbour, which she"
        " described as being “simply unacceptable”."
    )
    assert people.get("Tove Aasen") == "AM for Oster"


def test_a_whips_office_is_no_part_of_the_name() -> None:
    people = _people(
        "Today, members led by Majority Leader Per Holm and Majority Chief Whip Tove Aasen"
        " dismissed the claims as rumours."
    )
    assert people.get("Tove Aasen") == "Majority Chief Whip"


def test_the_last_office_of_a_ministers_portfolio_is_no_person() -> None:
    people = _people(
        "Minister for Health, Social Services and Public Safety, Tove Aasen, has put hospital"
        " trusts on notice."
    )
    assert "Public Safety" not in people
    assert people.get("Tove Aasen") == "Minister for Health, Social Services and Public Safety"


def test_a_place_named_after_someone_is_no_person() -> None:
    people = _people(
        "Mayor Ilse Brandt promised residents of the Chief Per Holm settlement in Oster she"
        " would take their complaints further."
    )
    assert not any("Holm" in name for name in people)
    assert people.get("Ilse Brandt") == "Mayor"


def test_a_person_the_article_also_names_as_themself_stays_a_person() -> None:
    people = _people(
        "Officials of the President Per Holm administration met on Monday.",
        "President Per Holm said the harbour would reopen.",
    )
    assert people.get("Per Holm") == "President"


def test_a_person_named_after_a_sum_who_speaks_stays_a_person() -> None:
    people = _people(
        "Oster signed the £100 million Per Holm, a striker, on Monday.",
        "Holm said he was glad to be home.",
    )
    assert "Per Holm" in people


def test_a_scheme_launched_is_no_person() -> None:
    people = _people(
        "But Mayor Ilse Brandt - launching the new £3 million Health Action Zone in the city -"
        " failed to act."
    )
    assert "Action Zone" not in people


def test_a_name_joined_by_an_ampersand_is_a_firms_or_a_papers() -> None:
    people = _people(
        "The Herald & Skald told the mayor of two cases where pensioners had waited for hours.",
        "Staff at Brekke & Holm told the Minister they had seen the same.",
    )
    assert "Skald" not in people
    assert "Holm" not in people


def test_a_surname_of_a_firm_the_article_also_writes_alone_stays_a_person() -> None:
    people = _people("Mr Holm said the pensioners had waited for hours at Brekke & Holm.")
    assert "Holm" in people


def test_a_laws_name_is_no_person() -> None:
    people = _people(
        "Police said the paper had committed a possible breach of the Public Order Act with"
        " intent to cause harm."
    )
    assert not any("Act" in name for name in people)


def test_a_venue_named_after_someone_is_no_person() -> None:
    people = _people("The match will be held at the Sardar Patel Stadium in Oster on Sunday.")
    assert not any("Stadium" in name for name in people)
