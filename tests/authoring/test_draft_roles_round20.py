"""Twentieth round, roles: forms that were wrong on copy they were not written from are made
stricter by their grammar (no role is better than a wrong one), and a few roles the grammar
missed."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Floods reach Varnholt harbour\n\n"
UNKNOWN = "role unknown: check the article"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _people(*paragraphs: str) -> dict[str, str]:
    return people_in(drafted(_text(*paragraphs)))


def test_a_convener_is_a_role_before_the_name() -> None:
    people = _people("But convener Tove Aasen said the council had no option.")
    assert people["Tove Aasen"] == "convener"


def test_a_lowercase_role_of_a_lowercase_portfolio_before_the_name_is_the_role() -> None:
    people = _people(
        "The order was issued against head of news Ada Moe and editor Per Holm on Monday.",
        "Ada Moe said the paper would appeal.",
    )
    assert people["Ada Moe"] == "head of news"


def test_a_members_letters_after_the_name_are_the_role_not_a_constituencys() -> None:
    people = _people(
        "Ada Moe MSP, minister for harbours and coasts is looking to overrule the council.",
        "Varnholt West MP Per Holm said the council had decided well.",
        "Ada Moe said the wall was needed.",
    )
    assert people["Ada Moe"] == "MSP"
    assert "Varnholt West" not in people


def test_an_unclosed_apposition_after_the_name_opening_its_sentence_is_the_role() -> None:
    people = _people(
        "Per Holm, the head of the Varnholt Union of Teachers (VUT) says he will not attend.",
    )
    assert people["Per Holm"] == "head of the Varnholt Union of Teachers"


def test_an_unclosed_apposition_after_a_name_inside_the_sentence_is_a_new_subject() -> None:
    people = _people(
        "After meeting Per Holm, the head of the Varnholt Union of Teachers said he would go.",
        "Per Holm said the talks went well.",
    )
    assert people["Per Holm"] == UNKNOWN


def test_a_plural_role_before_one_name_is_a_firm_not_a_person() -> None:
    people = _people(
        "The order lets developers Holm Wimpey build on the green belt.",
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
    )
    assert "Holm Wimpey" not in people


def test_a_plural_role_before_a_list_of_names_is_each_ones_role() -> None:
    people = _people(
        "The vote was called by councillors Ann Roe, Bo Lee and Cy Poe on Monday.",
        "Ann Roe said the harbour wall would be raised.",
    )
    assert people["Ann Roe"] == "councillor"


def test_a_who_clause_of_an_event_is_no_role() -> None:
    people = _people(
        "Police hunted Per Holm, who eventually was caught on a highway, for four days.",
        "Per Holm told the court he was sorry.",
    )
    assert people["Per Holm"] == UNKNOWN


def test_a_who_clause_of_what_one_does_now_is_the_role() -> None:
    people = _people("Ada Moe, who owns the Harbour Teashop, said the water came fast.")
    assert people["Ada Moe"] == "owns the Harbour Teashop"


def test_an_organisations_initials_opening_an_apposition_are_no_who_clause() -> None:
    people = _people(
        "“We will help,” said Dr Ada Moe, WHO Regional Director for Africa, on Monday.",
    )
    assert people["Ada Moe"] == "WHO Regional Director for Africa"


# Rules from fresh23's misses (measured on fresh22 before fresh22's misses were read).


def test_two_offices_before_a_plural_role_give_each_name_the_noun_alone() -> None:
    people = _people(
        "The minister came with his Defence and Harbour counterparts Per Holm and Ada Moe.",
        "Per Holm said the talks went well.",
    )
    assert people["Per Holm"] == "counterpart"  # which office is whose, the draft cannot say


def test_one_office_before_a_plural_role_is_each_names_role() -> None:
    people = _people(
        "The minister came with harbour pilots Per Holm and Ada Moe on Monday.",
        "Per Holm said the talks went well.",
    )
    assert people["Per Holm"] == "harbour pilot"


def test_a_name_its_bracketed_initials_spell_is_an_organisation() -> None:
    people = _people(
        "She pledged loyalty to the mayor, Parti Rakyat Bersatu Norge (PRBN) and the council.",
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
    )
    assert not any("Bersatu" in name for name in people)


def test_a_housewife_is_a_role_in_an_aged_apposition() -> None:
    people = _people(
        "Ada Moe, a 37-year-old housewife, said the water came into her kitchen.",
        "“We need help,” Moe said.",
    )
    assert people["Ada Moe"] == "37-year-old housewife"


def test_an_officer_in_charge_and_a_village_head_are_roles() -> None:
    people = _people(
        "Varnholt police station in-charge Rajpal has registered a case.",
        "Parents have approached the sarpanch, Ravi, with their demand.",
        "Rajpal said the teacher was treated in hospital.",
    )
    assert people["Rajpal"] == "Varnholt police station in-charge"
    assert people["Ravi"] == "sarpanch"


def test_a_name_said_to_speak_only_inside_a_quote_is_no_figure() -> None:
    people = _people(
        "Harbour master Tove Aasen said, “Dr Ann Lee said the injured man was sent home.”",
    )
    assert "Ann Lee" not in people
    assert people["Tove Aasen"] == "Harbour master"


# A form of every set, decided on all of them: a capitalised title that names no office.


def test_a_capitalised_title_with_no_office_in_it_is_no_role() -> None:
    paragraphs = (
        "The boats were sold by Brantham-based Rose Properties last year.",
        "Harbour master Tove Aasen said the boats had no licences.",
    )
    people = _people(*paragraphs)
    assert "Rose Properties" not in people
    assert people["Tove Aasen"] == "Harbour master"


def test_a_capitalised_office_or_its_letters_stay_the_role() -> None:
    people = _people(
        "Harbour Minister Ada Moe and MEC Per Holm visited the wall on Monday.",
        "Harbour master Tove Aasen said the boats had no licences.",
    )
    assert people["Ada Moe"] == "Harbour Minister"
    assert people["Per Holm"] == "MEC"


def test_an_apposition_with_a_verb_of_its_own_is_a_clause_not_a_role() -> None:
    people = _people(
        "Unfortunately, newly hired junior pilots are also involved in such practice by their"
        " seniors, Harbour master Tove Aasen said.",
    )
    assert "Unfortunately" not in people
    assert people["Tove Aasen"] == "Harbour master"
