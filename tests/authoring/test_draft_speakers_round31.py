"""Thirty-first round, speakers: who a teacher sees credited, or nobody when it is unsure."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_he_after_a_paragraph_led_by_an_unknown_name_is_not_the_earlier_subject() -> None:
    draft = _draft(
        "Cabinet quits over audit",
        "Prime Minister Hal Brenner resigned with his cabinet on Friday.",
        "Brenner will stay on as caretaker until an election in March.",
        "Oskar Vedlund, leader of the biggest opposition party in the chamber said the"
        " cabinet was right to go.",
        "“Families were wronged and the chamber was misled for years,” he posted.",
    )
    assert speakers_in(draft)["Families were wronged and the chamber was misled for years"] != (
        "Hal Brenner"
    )


def test_a_he_after_a_paragraph_about_the_same_person_keeps_them() -> None:
    draft = _draft(
        "Cabinet quits over audit",
        "Prime Minister Hal Brenner resigned with his cabinet on Friday.",
        "Brenner will stay on as caretaker until an election in March.",
        "“We take responsibility for what went wrong,” he said.",
    )
    assert speakers_in(draft)["We take responsibility for what went wrong"] == "Hal Brenner"


def test_an_abbreviated_or_chiefly_honorific_is_not_part_of_the_name() -> None:
    draft = _draft(
        "Visitors pledge help",
        "Interior Minister Ch Tariq Mehmood Awan on Monday said the two countries would"
        " train their border guards together.",
        "Trade adviser Oloye Bode Adeyemi vowed the community's support for the police.",
        "“We will share what we know with the officers,” he said.",
    )
    names = people_in(draft)
    assert "Tariq Mehmood Awan" in names and "Ch Tariq Mehmood Awan" not in names
    assert speakers_in(draft)["We will share what we know with the officers"] == "Bode Adeyemi"


def test_sultan_after_an_office_noun_is_a_given_name() -> None:
    draft = _draft(
        "Travellers told to carry passports",
        "Citizens must use passports at the border, said ambassador Sultan Al Harbi Al"
        " Mansoori, head of the consular department.",
        "“The embassy will issue travel papers to those already abroad,” Al Mansoori said.",
    )
    quote = "The embassy will issue travel papers to those already abroad"
    assert speakers_in(draft)[quote] == "Sultan Al Harbi Al Mansoori"


def test_a_title_case_name_in_marks_after_the_is_nobodys_quote() -> None:
    draft = _draft(
        "Governors sign pact",
        "President Rosa Ibarra said that 20 governors have signed the “Civic Accord for"
        " Fair Elections” and that more may join.",
    )
    assert speakers_in(draft).get("Civic Accord for Fair Elections") is None


def test_words_ending_in_a_groups_attribution_are_narration_not_the_speakers() -> None:
    draft = _draft(
        "Rivers rise",
        "Lal Mani Thapa, an official in Dolpa district, said, “The river is rising, and"
        " people should stay alert. “The water in the western rivers is also rising, the"
        " authorities said.",
    )
    quote = "The water in the western rivers is also rising, the authorities said."
    assert speakers_in(draft).get(quote) is None


def test_a_union_named_beside_its_noun_says_nothing_as_a_person() -> None:
    draft = _draft(
        "Factory to close",
        "Weldra the union branded the decision to shut the plant ‘an act of sheer vandalism’.",
        "Weldra believes the owners always meant to move the work abroad.",
    )
    assert speakers_in(draft).get("an act of sheer vandalism") is None
    assert "Weldra" not in people_in(draft)


def test_a_one_word_name_never_introduced_beside_someone_who_is_speaks_for_nobody() -> None:
    draft = _draft(
        "Floods kill eleven",
        "Police spokesman Ram Bikram Basnet said that 11 people had died so far."
        " “Crews are clearing the roads,” Kosch told reporters.",
    )
    assert speakers_in(draft).get("Crews are clearing the roads") is None


def test_a_surname_alone_on_a_cut_page_still_speaks() -> None:
    draft = _draft(
        "Minister defends report",
        "On the timing of the report, Varma said, “The country has a right to know what"
        " was left behind.”",
    )
    assert speakers_in(draft)["The country has a right to know what was left behind."] == ("Varma")


def test_a_name_as_the_object_before_a_clause_is_still_a_person() -> None:
    draft = _draft(
        "Plant to shut",
        "The manager Ada Kerrow told Dunmore the company failed to find a buyer.",
        "“I have worked here for thirty years,” Dunmore said.",
    )
    assert speakers_in(draft)["I have worked here for thirty years"] == "Dunmore"
