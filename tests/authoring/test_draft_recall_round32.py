"""Thirty-second round, recall: families from a census of the quotes left unattributed over
every labeled set, each read as a rule of English news prose, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_who_clause_without_commas_still_leaves_the_name_the_speaker() -> None:
    draft = _draft(
        "Assembly meeting was illegal, says MP",
        "The provincial assembly met in Tari on Monday to elect a new governor.",
        "MP Peter Kange who was not present at the assembly meeting said: “The meeting was"
        " called without notice and it breaks the court order.”",
    )
    assert speakers_in(draft) == {
        "The meeting was called without notice and it breaks the court order.": "Peter Kange"
    }


def test_a_who_clause_naming_someone_else_leaves_the_quote_to_nobody() -> None:
    draft = _draft(
        "Court adjourns land case",
        "The land case resumed in Waigani on Friday.",
        "Magistrate Anna Berrick who took over from Judge Tom Wawun in March said: “The"
        " parties must file their papers within two weeks.”",
    )
    assert speakers_in(draft) == {"The parties must file their papers within two weeks.": None}


def test_but_added_goes_on_with_the_one_subject_of_the_sentence() -> None:
    draft = _draft(
        "Coach says his team deserved more",
        "The visitors lost 3-0 in the friendly on Tuesday.",
        'Coach Paulo Ramos said the hosts deserved to win but added, "The margin should not'
        ' have been this large."',
    )
    assert speakers_in(draft) == {"The margin should not have been this large.": "Paulo Ramos"}


def test_but_added_after_a_second_name_is_nobodys() -> None:
    draft = _draft(
        "Coach says his team deserved more",
        "The visitors lost 3-0 in the friendly on Tuesday.",
        'Coach Paulo Ramos said Lee Min-jae played well but added, "The margin should not'
        ' have been this large."',
    )
    assert speakers_in(draft) == {"The margin should not have been this large.": None}


def test_a_company_employee_is_a_person_not_a_company() -> None:
    draft = _draft(
        "Quake shakes the coast again",
        "A strong earthquake struck the coast on Saturday night.",
        "“I was prepared but never expected another one so soon,” said Kenji Ota, a"
        " 46-year-old company employee who lost his home in 2011.",
    )
    assert speakers_in(draft) == {
        "I was prepared but never expected another one so soon": "Kenji Ota"
    }


def test_a_company_in_apposition_is_still_no_speaker() -> None:
    draft = _draft(
        "Chocolate maker raises prices",
        "“Prices will rise by ten per cent,” said Cocoa House, a food and drink company based"
        " in Lagos.",
    )
    assert speakers_in(draft) == {"Prices will rise by ten per cent": None}


def test_a_name_with_a_lowercase_body_before_the_verb_speaks() -> None:
    draft = _draft(
        "Load shedding hurts municipalities",
        "Power cuts continued across the province all week.",
        "Thandi Mokoena from the department said “municipalities need to rely less on the"
        " national grid.”",
    )
    assert speakers_in(draft) == {
        "municipalities need to rely less on the national grid.": "Thandi Mokoena"
    }


def _quote_texts(draft: dict) -> set[str]:
    return set(speakers_in(draft))


def test_a_marked_name_joined_by_a_hyphen_is_no_quote() -> None:
    draft = _draft(
        "Police hunt bus kidnappers",
        "A man said he was abducted by some “Hausa”-speaking kidnappers on a commercial bus.",
        "“We have deployed officers to the route,” police spokesman Ben Hundeyin said.",
    )
    assert "Hausa" not in _quote_texts(draft)
    assert speakers_in(draft)["We have deployed officers to the route"] == "Ben Hundeyin"


def test_a_club_marked_before_its_score_is_no_quote() -> None:
    draft = _draft(
        "Coach praises his players",
        'The coach spoke after the match with "Sumgayit" (1:0).',
    )
    assert "Sumgayit" not in _quote_texts(draft)


def test_a_one_word_quote_of_speech_stays_a_quote() -> None:
    draft = _draft(
        "Minister slams bus plan",
        "Transport minister Chris Steel called the plan “Ludicrous” on Friday.",
    )
    assert "Ludicrous" in _quote_texts(draft)


def test_written_and_spoken_verbs_the_lexicon_lacked_attribute() -> None:
    draft = _draft(
        "Senator's office denies intervening",
        "Senator John Hale voted against the bill on Tuesday.",
        "“He did not know they would skip the names,” emailed spokesman Brian Rogers.",
        "“I am really glad I won today,” Saina Nehwal enthused.",
        "“I will make sure he is removed from the office,” Sammy Kungu uttered.",
    )
    assert speakers_in(draft) == {
        "He did not know they would skip the names": "Brian Rogers",
        "I am really glad I won today": "Saina Nehwal",
        "I will make sure he is removed from the office": "Sammy Kungu",
    }


def test_an_open_role_with_its_field_before_the_verb_names_the_speaker() -> None:
    draft = _draft(
        "Dengue fills hospitals",
        "The outbreak has spread across the island this month.",
        "Dr Nimal Perera, head of health at the Red Cross said, “Patients are streaming into"
        " overcrowded hospitals.”",
    )
    assert speakers_in(draft) == {
        "Patients are streaming into overcrowded hospitals.": "Nimal Perera"
    }


def test_an_open_apposition_holding_a_verb_is_still_no_role() -> None:
    draft = _draft(
        "Dengue fills hospitals",
        "The outbreak has spread across the island this month.",
        "Dr Nimal Perera, whose clinic of health closed in May said, “Patients are streaming"
        " into overcrowded hospitals.”",
    )
    assert speakers_in(draft) == {"Patients are streaming into overcrowded hospitals.": None}
