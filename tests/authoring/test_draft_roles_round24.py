"""Twenty-fourth round, roles: sports positions and council or court posts are role nouns
("Starter Ned Vole", "shortstop Abel Crane", "fiscal depute Ina Rusk"); two offices joined
by a hyphen are a title ("Judge-Executive"); a seat's letters of the Isle of Man ("MHK")
end the name; a participle before a courtesy ("Addressing Mr Rusk") is no title; "Said
Vole:" opening a sentence is the verb, not a first name; two people each with an office and
a comma in one list ("the Commissioner of Police, Ann Tate, and Prime Minister, Ivo Berg")
are two people, each with their own office; a long office's name runs past "of the"."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Night ferries return to Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_capitalised_sports_position_before_a_name_is_the_role() -> None:
    draft = _draft(
        "Starter Ned Vole, who was pulled after four pitches, was still angry after the game.",
        "“They could have given me one more batter,” Vole said.",
        "Harbour Sox shortstop Abel Crane said the crowd had been loud all night.",
    )
    people = people_in(draft)
    assert people.get("Ned Vole") == "Starter"
    assert people.get("Abel Crane") == "Harbour Sox shortstop"
    assert "Starter Ned Vole" not in people
    assert speakers_in(draft)["They could have given me one more batter"] == "Ned Vole"


def test_court_and_council_posts_are_roles() -> None:
    draft = _draft(
        "The hearing waited an hour for a phone link with fiscal depute Ina Rusk.",
        "Addressing Mr Rusk, Sheriff Mora Quill said the delay was not acceptable.",
        "Green councilperson Tove Lind said the court should be given new phones.",
        "Housing Minister Per Alm said the money was there.",
    )
    people = people_in(draft)
    assert people.get("Per Alm") == "Housing Minister"  # an office in -ing stays one
    assert people.get("Ina Rusk") == "fiscal depute"
    assert people.get("Tove Lind") == "Green councilperson"
    assert "Addressing" not in people.values()


def test_two_offices_joined_by_a_hyphen_are_a_title() -> None:
    draft = _draft(
        "The county cut its road budget. Judge-Executive Wim Sorley said the cuts would hurt."
    )
    assert people_in(draft) == {"Wim Sorley": "Judge-Executive"}


def test_a_seat_s_letters_after_the_name_end_it() -> None:
    draft = _draft(
        "The Chief Minister Ivo Berg MHK said:",
        "“The sitting should have been held in the chamber.”",
    )
    assert people_in(draft).get("Ivo Berg") == "Chief Minister"
    assert speakers_in(draft)["The sitting should have been held in the chamber."] == "Ivo Berg"


def test_a_speech_verb_opening_the_sentence_is_no_first_name() -> None:
    said = "His arm was not right. Something was hurting. He wants to pitch, but we must be smart."
    draft = _draft(
        "Neither the manager nor pitching coach Dan Okoro asked him how he felt.",
        f'Said Okoro: "{said}"',
        "The manager said Okoro told him the arm was slow before the game.",
    )
    people = people_in(draft)
    assert "Said Okoro" not in people
    assert speakers_in(draft)[said] == "Dan Okoro"


def test_two_people_each_with_an_office_and_commas_in_one_list() -> None:
    draft = _draft(
        "Varnholt's Commissioner of Police, Ann Tate, and Prime Minister, Hon. Ivo Berg have"
        " both condemned the claims as reckless.",
        "“There is no evidence for any of it,” Ms Tate said.",
    )
    people = people_in(draft)
    assert people.get("Ann Tate") == "Varnholt's Commissioner of Police"
    assert people.get("Ivo Berg") == "Prime Minister"


def test_a_long_office_runs_past_of_the() -> None:
    draft = _draft(
        "In a calmer tone, Assistant Secretary for Northern Harbour Affairs of the United"
        " Isles, Pia Norrby, played the incident down.",
        "“It was a misunderstanding over a form,” Norrby said.",
    )
    assert people_in(draft).get("Pia Norrby") == (
        "Assistant Secretary for Northern Harbour Affairs of the United Isles"
    )


# Rules written from fresh31's misses.


def test_initials_written_without_stops_open_a_full_name() -> None:
    draft = _draft(
        "Prime Minister RV Anand Kesh has said the harbour will reopen in spring.",
        "In a letter written on March 4, TM Odhiambo had said that “boats were being turned"
        " away at night.”",
    )
    people = people_in(draft)
    assert people.get("RV Anand Kesh") == "Prime Minister"
    assert "TM Odhiambo" in people
    assert "Anand Kesh" not in people


def test_a_firm_s_letters_before_or_after_its_name_make_no_person() -> None:
    draft = _draft(
        "Shares in beverage company PT Varnholt Segar Abadi rose by half in a week.",
        "The exchange also asked PT Laut Biru Sejahtera Tbk. to explain its trading.",
        "“We will summon the management next week,” said Sihol Rangkuti, director of"
        " trading supervision.",
    )
    assert people_in(draft) == {"Sihol Rangkuti": "director of trading supervision"}


def test_an_unclosed_role_with_a_lowercase_portfolio_before_its_body() -> None:
    draft = _draft(
        "Dr Ines Halvorsen, head of health at the Varnholt Red Cross expressed, “The wards"
        " are full and the staff are tired.”",
    )
    assert people_in(draft).get("Ines Halvorsen") == "head of health at the Varnholt Red Cross"


def test_a_lowercase_minister_with_a_listed_portfolio_before_the_name() -> None:
    draft = _draft(
        "The release of the officers was confirmed on Friday. This was said by the acting"
        " minister of Defence, Justice and Security, Tumelo Ketshabile.",
    )
    assert people_in(draft) == {
        "Tumelo Ketshabile": "acting minister of Defence, Justice and Security"
    }
