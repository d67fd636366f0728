"""Eighteenth round, roles: a name with no role and no quote that is not surely a person's
is no figure ("role unknown" was wrong more often than right on the labeled sets)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Floods reach Varnholt harbour\n\n"


def _people(*paragraphs: str) -> dict[str, str]:
    return people_in(drafted(HEADLINE + "\n\n".join(paragraphs) + "\n"))


def test_a_source_named_by_one_word_is_no_figure() -> None:
    people = _people(
        "On Sunday, airlines canceled 312 flights at Varnholt, according to FlightAware.",
        "Harbour master Tove Aasen said the runway would reopen on Tuesday.",
    )
    assert "FlightAware" not in people
    assert people["Tove Aasen"] == "Harbour master"


def test_a_firm_whose_first_word_the_article_writes_in_lowercase_is_no_figure() -> None:
    people = _people(
        "Andy Major, operations manager at Emergency Childcare said that the strike will"
        " leave parents with a problem.",
        "The firm had seen a rush of emergency bookings by Monday morning, he said.",
    )
    assert "Emergency Childcare" not in people
    assert people["Andy Major"] == "operations manager at Emergency Childcare"


def test_a_person_with_no_role_named_in_full_stays_a_figure() -> None:
    people = _people(
        "Ragna Solheim said the sandbags had come too late for the lower streets.",
        "Harbour master Tove Aasen said the runway would reopen on Tuesday.",
    )
    assert "Ragna Solheim" in people


def test_a_one_word_name_after_a_courtesy_title_stays_a_figure() -> None:
    people = _people(
        "Dr Solheim brought sandbags to the harbour on Monday.",
        "Harbour master Tove Aasen said Solheim had worked through the night.",
    )
    assert "Solheim" in people


def test_dean_before_a_surname_is_a_first_name() -> None:
    people = _people(
        "Dean Lomax, a palaeontologist at the University of Varnholt, examined the fossil.",
        '"It was very exciting," said Lomax.',
    )
    assert people.get("Dean Lomax") == "palaeontologist at the University of Varnholt"
    assert "Lomax" not in people


def test_forecaster_before_a_name_is_a_role() -> None:
    people = _people(
        "Chief government forecaster Nathaniel Cruz said the storm could become a typhoon.",
    )
    assert people["Nathaniel Cruz"] == "Chief government forecaster"


def test_a_body_s_short_form_in_brackets_before_a_role_is_not_part_of_it() -> None:
    people = _people(
        "Bureau of Meteorology (BOM) forecaster Sam Campbell said the trough was moving west.",
    )
    assert people["Sam Campbell"] == "forecaster"


def test_one_of_a_number_of_councillors_is_a_councillor() -> None:
    people = _people(
        "Tove Aasen, one of 10 city councillors in Varnholt, said the new powers were wrong.",
        "Harbour master Ivar Lund said the quay would close.",
    )
    assert people["Tove Aasen"] == "one of 10 city councillors in Varnholt"


def test_one_of_someone_s_friends_is_no_role() -> None:
    people = _people(
        "Tove Aasen, one of his friends from the harbour, said the new powers were wrong.",
        "Harbour master Ivar Lund said the quay would close.",
    )
    assert people.get("Tove Aasen") in (None, "role unknown: check the article")


def test_a_league_s_division_after_a_title_word_is_no_person() -> None:
    people = _people(
        "The side are six points clear at the top of the Premier Division after Friday.",
        "Harbour master Ivar Lund said the quay would close.",
    )
    assert "Division" not in people


def test_a_role_noun_in_a_when_clause_is_no_role() -> None:
    people = _people(
        "The officer who died was identified as Ivar Lund, who was headed to work when the"
        " incident unfolded.",
        "Harbour master Tove Aasen said the quay would close.",
    )
    assert "incident" not in people.get("Ivar Lund", "")
