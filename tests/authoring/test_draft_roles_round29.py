"""Twenty-ninth round, roles. Chosen first from the people the draft missed or got wrong
over all older sets (A-Q) at once: a possessive owner written as an acronym still owns the
portfolio of a comma role ("the deputy leader of NKP’s opposition bloc, Jo Lee, said"); an
elected member's letters for a house written after a name ("Ada Quill MS replied") are her
role, in capitals only."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry fares rise in Varnholt\n\n"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(_text(*paragraphs))


def test_a_comma_role_owned_by_an_acronym_is_the_names_role() -> None:
    draft = _draft(
        "The ferry company said the new fares were needed to keep the boats running.",
        "But the deputy leader of VPL’s opposition bloc, Tamsin Orrey, said it was clear"
        " the company could no longer pay its crews.",
        "“Islanders will pay twice,” Orrey said.",
    )
    assert people_in(draft).get("Tamsin Orrey") == "deputy leader of VPL’s opposition bloc"


def test_a_members_letters_after_the_name_are_the_role() -> None:
    draft = _draft(
        "The fares were raised in the chamber on Tuesday.",
        "Ada Quillfeather MS replied: “We do not want anybody to pay more than they must.”",
        "The vote will be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather") == "MS"


def test_a_role_glued_before_a_name_stays_beside_a_courtesy_title() -> None:
    draft = _draft(
        "The fares were raised at the meeting on Tuesday.",
        "Harbour master Ada Quillfeather said: “We do not want anybody to pay more.”",
        "Ms Quillfeather added that the vote would be held next month.",
    )
    assert people_in(draft).get("Ada Quillfeather") == "Harbour master"


def test_an_office_joined_to_general_by_a_hyphen_is_an_office_of_a_body() -> None:
    draft = _draft(
        "Inspector-General of Police Ravi Menon said the men were on the wanted list.",
        "Menon said the boats would be searched.",
    )
    assert people_in(draft) == {"Ravi Menon": "Inspector-General of Police"}


# Read from fresh40's misses (then measured on fresh41 before its misses were read).


def test_jan_before_a_surname_is_a_first_name_not_january() -> None:
    draft = _draft(
        "The council met on Monday to discuss the ferry.",
        "“Forcing each other is the last thing we must do,” said Mayor Jan Hamlyn of Norvik.",
    )
    assert people_in(draft).get("Jan Hamlyn", "").startswith("Mayor")


def test_each_name_in_a_dashed_list_after_a_plural_role_takes_the_role() -> None:
    draft = _draft(
        "The ferry trust has cut its services as it struggles to pay its crews.",
        "Now all four non-executive directors on the trust’s board – Ann Roebuck, Bo Leland,"
        " Cy Poelman and Dee Quarry – have resigned.",
        "Interim chairman Ed Stone said they had acted together.",
    )
    people = people_in(draft)
    for name in ("Ann Roebuck", "Bo Leland", "Cy Poelman", "Dee Quarry"):
        assert people.get(name) == "non-executive director"


def test_a_dashed_list_with_places_drops_the_sentences_article() -> None:
    draft = _draft(
        "The ferry budget will be cut next year.",
        "The superintendents – Ann Roebuck of Dunmore, Bo Leland of Varnholt and Cy Poelman"
        " of Norvik – said the outlook is so dim that routes will close.",
    )
    assert people_in(draft) == {
        "Ann Roebuck": "superintendent",
        "Bo Leland": "superintendent",
        "Cy Poelman": "superintendent",
    }


def test_colleagues_in_a_dashed_list_get_no_role_from_whose_they_are() -> None:
    draft = _draft(
        "The ferry budget will be cut next year.",
        "The mayor thanked his colleagues – Ann Roebuck, Bo Leland and Cy Poelman – for their"
        " work.",
    )
    assert "colleague" not in people_in(draft).values()


def test_a_body_whose_name_ends_in_a_number_owns_a_comma_role() -> None:
    draft = _draft(
        "The tram plan was drawn up on a napkin, critics say.",
        "“We found the napkin,” said one critic. – The head of Varnholt 21, Jean-Marc Tessier,"
        " after a report on the plan.",
    )
    assert people_in(draft).get("Jean-Marc Tessier") == "head of Varnholt 21"


def test_vp_is_a_role_in_an_apposition() -> None:
    draft = _draft(
        "The school levy failed on Tuesday.",
        "“You have spoken loud and clear,” says Eric Heintschel, VP of the Varnholt School"
        " Board. Back in September, the board approved cuts.",
    )
    assert people_in(draft).get("Eric Heintschel") == "VP of the Varnholt School Board"


def test_a_numbered_area_after_a_numbered_body_is_no_person() -> None:
    draft = _draft(
        "The mayor expressed his condolences to the family of Arnel Pardo, 47, chairman of"
        " Ward 20, Zone 2, whom he personally knew.",
        "Mayor Ida Vole said the killers would be found.",
    )
    assert "Zone" not in people_in(draft)
    assert people_in(draft).get("Arnel Pardo") == "chairman of Ward 20"


# Read from fresh41's misses (then measured on fresh40 before the rules were kept).


def test_an_assemblyperson_is_a_role_before_the_name() -> None:
    draft = _draft(
        "The opposition demanded that Varnholt assemblyperson Mohamad Idris Sabri resign for"
        " failing to carry out his duties.",
        "Sabri said he would stay.",
    )
    assert people_in(draft).get("Mohamad Idris Sabri") == "Varnholt assemblyperson"


def test_an_event_named_after_a_body_is_no_person() -> None:
    draft = _draft(
        "The squad is boosted days before the highly-anticipated FIFA World Cup begins in Doha.",
        "Coach Ida Vole said the team was ready.",
    )
    assert people_in(draft) == {"Ida Vole": "Coach"}


def test_a_room_in_a_list_of_departments_is_no_person() -> None:
    draft = _draft(
        "Rioters set fire to the school on Monday.",
        "A number of departments including the School administration office, Computer Lab,"
        " Agriculture Department, Industrial Arts Classroom, NTS Department, three forms four"
        " classrooms, and school library were burnt.",
        "Principal Ida Vole said the school would reopen.",
    )
    assert people_in(draft) == {"Ida Vole": "Principal"}


def test_particles_do_not_count_toward_a_names_length() -> None:
    draft = _draft(
        "The ward is full, officials said.",
        "His Excellency Dr. Khalid bin Saif Al Rawahi, Undersecretary of the Ministry of"
        " Health, said the beds were full.",
    )
    assert people_in(draft) == {
        "Khalid bin Saif Al Rawahi": "Undersecretary of the Ministry of Health"
    }
