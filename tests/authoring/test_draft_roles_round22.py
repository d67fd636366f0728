"""Twenty-second round, roles: an honorific is no role ("Tun Dr"), an office written out with
its short form in brackets before a name is the role, a rank abbreviated with a full stop is
part of the title ("Chief Insp. Ada Obi"), honours' letters after a name are passed over
to the apposition, and an age followed by the next name of a list is no role."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in

HEADLINE = "Ferry timetable changes at Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_an_office_with_its_short_form_in_brackets_is_the_role_not_the_honorifics() -> None:
    draft = _draft(
        "Harbours in both countries should share their timetables, said Prime Minister (PM)"
        " Tun Dr Arvid Koskinen.",
        "Dr Koskinen said the ferry board would meet again in May.",
        "Inspector-General of Police (IGP) Mirela Dobos said officers would ride the late boats.",
    )
    assert people_in(draft) == {
        "Arvid Koskinen": "Prime Minister",
        "Mirela Dobos": "Inspector-General of Police",
    }


def test_letters_in_brackets_that_are_not_the_office_s_initials_give_no_role() -> None:
    draft = _draft(
        "The ferry board met the Harbour Workers Union (NTX) Mirela Dobos on Monday.",
        "Mirela Dobos said the crews would ride the late boats.",
    )
    assert people_in(draft) == {"Mirela Dobos": "role unknown: check the article"}


def test_a_body_s_short_form_before_its_country_makes_no_person_of_the_country() -> None:
    draft = _draft(
        "Harbour Minister Ola Berg defended his answer to a reporter at the launch.",
        "“There was still a reporter who asked why the slogan was in English,” he said.",
        "Afterwards the National Union of Ferry Crews (NUFC) Coastal Kenya issued a statement"
        " of concern.",
    )
    assert people_in(draft) == {"Ola Berg": "Harbour Minister"}


def test_an_abbreviated_rank_with_its_full_stop_is_the_title_not_a_person() -> None:
    draft = _draft(
        "Harbour police spokesperson Chief Insp. Lorna dela Pena said the pier would close.",
        "“Nobody should try the crossing tonight,” said Gen. Ivo Marten, the coast guard head.",
    )
    people = people_in(draft)
    assert set(people) == {"Lorna dela Pena", "Ivo Marten"}
    assert "Insp." in people["Lorna dela Pena"]
    assert people["Ivo Marten"].startswith("Gen.")


def test_honours_letters_after_a_name_do_not_hide_the_office_after_them() -> None:
    draft = _draft(
        "Sir Anselm Rooke KCB CBE, chairman of the Varnholt Ferry Trust, spoke at the meeting.",
        "Sir Rooke said: “The late boat will run again in May.”",
    )
    assert people_in(draft) == {"Anselm Rooke": "chairman of the Varnholt Ferry Trust"}


def test_an_age_then_the_next_name_of_a_list_is_no_role() -> None:
    draft = _draft(
        "Among the wounded were lcon Osei, 48 and Tildan Vangor, 34 while another man was"
        " hurt on the same night.",
        "The pier will stay shut.",
    )
    assert "48 and Tildan Vangor" not in people_in(draft).values()
    assert "Osei" not in people_in(draft)


def test_an_age_and_an_occupation_stay_the_role() -> None:
    draft = _draft("Tilde Vang, a 37-year-old housewife, said the late boat never came.")
    assert people_in(draft) == {"Tilde Vang": "37-year-old housewife"}


def test_a_title_with_its_field_after_at_is_the_role_not_part_of_the_name() -> None:
    draft = _draft(
        "Council Representative-at-Large Oskar Brandt said the fares would stay the same.",
        "“Nobody pays more this year,” Brandt said.",
    )
    assert people_in(draft) == {"Oskar Brandt": "Council Representative-at-Large"}


def test_a_place_listed_after_an_office_of_another_place_is_no_person() -> None:
    draft = _draft(
        "Ulla Brandt, chief executive of Varnholt, Osterby and Nordvik Ferries Trust (VONFT)"
        " which runs the two piers, said the boats were full.",
    )
    assert list(people_in(draft)) == ["Ulla Brandt"]


def test_an_honour_s_letters_between_commas_are_no_person() -> None:
    draft = drafted(
        "The Nordland community in Varnholt accorded the Governor General H.E Sir Anselm Rooke,"
        " GCMG, KStJ, a dinner on Friday 6th October 2023 at the Harbour Adventist College in"
        " Varnholt, Kingdom of Nordland.\n\nThe dinner is to welcome the Governor General.\n"
    )
    assert list(people_in(draft)) == ["Anselm Rooke"]


def test_a_company_s_registered_name_is_no_person() -> None:
    draft = _draft(
        "The school will close after Varnholt Dredging Limited told the board it would stop"
        " paying for the ferry that brings the pupils.",
        "“We cannot keep the school open,” said headteacher Ulla Brandt.",
    )
    assert list(people_in(draft)) == ["Ulla Brandt"]


def test_roles_given_respectively_go_to_each_name_in_order() -> None:
    draft = _draft(
        "The board identified the officials as Ivo Marten and Lorna Pike, harbour master"
        " (pier chief) and deckhand (crew member), respectively of Varnholt pier.",
        "The board congratulated Bram Osei and Tilde Vang on their election as Ferry Board"
        " Chair and Deputy Chair, respectively.",
        "“The crossing is safe,” said Lorna Pike.",
    )
    assert people_in(draft) == {
        "Ivo Marten": "harbour master (pier chief)",
        "Lorna Pike": "deckhand (crew member)",
        "Bram Osei": "Ferry Board Chair",
        "Tilde Vang": "Deputy Chair",
    }


def test_places_given_respectively_are_no_roles() -> None:
    draft = _draft(
        "Dr Ivo Marten and Dr Lorna Pike, from Varnholt University and Nordvik College,"
        " respectively, sailed on the first boat.",
    )
    assert "from Varnholt University" not in people_in(draft).values()


def test_a_member_s_party_and_seat_in_brackets_are_the_role() -> None:
    draft = _draft(
        "Hon Ivo Marten (NFP, Varnholt North) objected to the plan and proposed that members"
        " pay their own fares.",
        "The harbour master, Lorna Pike, said the boats were full.",
    )
    assert people_in(draft) == {
        "Ivo Marten": "NFP, Varnholt North",
        "Lorna Pike": "harbour master",
    }


def test_a_lowercase_role_of_a_field_opening_the_sentence_is_the_role() -> None:
    draft = _draft(
        "Chief of police Ivo Marten said he was aware of the warning and officers were on the"
        " pier.",
        "Head of news Lorna Pike said the station would report it.",
    )
    assert people_in(draft) == {"Ivo Marten": "Chief of police", "Lorna Pike": "Head of news"}


def test_prince_alone_before_a_name_that_says_nothing_is_no_figure() -> None:
    draft = _draft(
        "The suspects include Prince Osei, Kwabena Mensah Boateng and two ferry hands, the"
        " police said.",
        "“The crossing is safe again,” said harbour master Ivo Marten.",
    )
    assert list(people_in(draft)) == ["Ivo Marten"]


def test_a_past_verb_and_its_object_after_a_name_are_no_role() -> None:
    draft = _draft(
        "Nordland forward Tilde Vang scored twice and Phil Moden, later adjudged the golden"
        " ball winner for his superb display, scored once.",
        "“We rowed well,” said coach Ivo Marten.",
    )
    assert "Phil Moden" not in people_in(draft)


def test_an_office_s_plural_before_a_list_makes_each_name_a_holder() -> None:
    draft = _draft(
        "Councillors Ivo Marten, Lorna Pike and Bram Osei agreed to keep the late boat.",
        "Cr Osei said the crews had asked for it.",
    )
    people = people_in(draft)
    assert set(people) == {"Ivo Marten", "Lorna Pike", "Bram Osei"}
    assert all("Councillor" in role for role in people.values())


def test_a_challenger_named_after_the_incumbent_is_a_figure() -> None:
    draft = _draft(
        "Supporters of harbour master Ivo Marten and his challenger Bram Osei argued on the"
        " pier before the vote.",
    )
    assert people_in(draft) == {"Ivo Marten": "harbour master", "Bram Osei": "challenger"}


def test_a_thing_named_after_a_body_s_short_form_is_no_person_to_choose() -> None:
    draft = _draft(
        "A member of Harbour Master Dr Ivo Marten’s board has gone into isolation.",
        "Marten said: “Today, one of my board colleagues isolated. The whole crew is now"
        " isolated.”",
        "Marten also defended the board’s handling of the Varnholt Ferry Company (VFC) Pier 1"
        " matter, said Lorna Pike, the ferry board chair.",
    )
    choices = [c for q in draft.get("questions", []) for c in q.get("choices", [])]
    assert not any("Pier" in str(choice) for choice in choices)
    assert not any("Pier" in name for name in people_in(draft))
