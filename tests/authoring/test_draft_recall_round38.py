"""Thirty-eighth round, recall: the newest pair's wrong speakers and unattributed quotes, by
the construction behind them, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, people_in, speakers_in


def test_an_apostrophe_typed_as_a_closing_mark_leaves_the_quote_whole() -> None:
    draft = drafted_story(
        "Governor tours flooded coast",
        "Governor Dana Reyes flew over the island”s harbour on Monday.",
        "“It”s worse than we feared, and we will rebuild,” the governor said.",
    )
    assert speakers_in(draft) == {"It”s worse than we feared, and we will rebuild": "Dana Reyes"}


def test_a_quote_closed_with_an_opening_mark_ends_there() -> None:
    draft = drafted_story(
        "Mayor plays down audit",
        "Mayor Ana Ruiz said “the audit has no bearing on the budget“referring to the"
        " report leaked last week.",
    )
    assert speakers_in(draft) == {"the audit has no bearing on the budget": "Ana Ruiz"}


def test_a_name_cut_after_the_fathers_name_is_the_full_names_bearer() -> None:
    draft = drafted_story(
        "Minister mourns poet",
        "Prince Faisal bin Khalid bin Nasser Al Rashid, the culture minister, wrote that"
        " “the country has lost its finest voice.”",
        "“He gave our spoken language a school of its own,” Prince Faisal bin Khalid added.",
    )
    assert speakers_in(draft) == {
        "the country has lost its finest voice.": "Faisal bin Khalid bin Nasser Al Rashid",
        "He gave our spoken language a school of its own": "Faisal bin Khalid bin Nasser Al Rashid",
    }
    assert "Faisal bin Khalid" not in people_in(draft)


def test_a_cut_name_two_full_names_open_with_stays_unattributed() -> None:
    draft = drafted_story(
        "Princes attend the funeral",
        "Prince Faisal bin Khalid bin Nasser Al Rashid and his cousin Prince Faisal bin Khalid"
        " bin Omar Al Rashid attended the prayer.",
        "“He gave our spoken language a school of its own,” Prince Faisal bin Khalid said.",
    )
    assert speakers_in(draft) == {"He gave our spoken language a school of its own": None}


def test_a_name_alone_before_a_colon_and_a_quote_is_the_speaker() -> None:
    draft = drafted_story(
        "What the coaches said after the derby",
        "Here is how both managers saw the weekend's derby.",
        "Hannah Price: “We were brave from the first minute and deserved the three points.”",
        "Oliver Grant: “We gave away two soft goals and paid for them.”",
    )
    assert speakers_in(draft) == {
        "We were brave from the first minute and deserved the three points.": "Hannah Price",
        "We gave away two soft goals and paid for them.": "Oliver Grant",
    }


def test_a_body_before_a_colon_and_a_quote_is_no_person() -> None:
    draft = drafted_story(
        "Club answers its fans",
        "The club replied to the supporters' letter on Monday.",
        "Club Statement: “We hear the fans and we will answer them at the meeting.”",
    )
    assert speakers_in(draft) == {"We hear the fans and we will answer them at the meeting.": None}
    assert people_in(draft) == {}


def test_a_place_word_alone_is_the_surname_of_the_person_named_with_it() -> None:
    draft = drafted_story(
        "Man blocks street over missed bin collections",
        "Ronnie Scotland parked his car across the street on Monday and refused to move it.",
        "“I am willing to get arrested for this,” Scotland said.",
    )
    assert speakers_in(draft) == {"I am willing to get arrested for this": "Ronnie Scotland"}


def test_a_place_word_surname_is_completed_from_the_headline() -> None:
    draft = drafted_story(
        "Jorge Costa rues missed chances after heavy defeat",
        "The visiting coach looked shaken after the 5-0 loss on Wednesday.",
        "“When you lose 5-0, it is very difficult to explain things,” Costa said.",
    )
    assert speakers_in(draft) == {
        "When you lose 5-0, it is very difficult to explain things": "Jorge Costa"
    }


def test_a_place_after_a_common_word_names_no_person() -> None:
    draft = drafted_story(
        "Post offices to stay open",
        "Rural Ireland has lost a third of its post offices since 2000, and rural towns feel"
        " the loss.",
        "“No more post offices will close this year,” Ireland said in a letter to the European"
        " Commission.",
    )
    assert speakers_in(draft) == {"No more post offices will close this year": None}
    assert people_in(draft) == {}


def test_a_family_name_said_back_is_the_full_lineage_names_bearer() -> None:
    draft = drafted_story(
        "Oman rules out mediation",
        "Hamad bin Saif bin Nasser Al Harthy, the foreign minister of Oman gave the interview"
        " on Sunday.",
        "“We are not leading any effort of that kind,” Al Harthy said.",
    )
    assert speakers_in(draft) == {
        "We are not leading any effort of that kind": "Hamad bin Saif bin Nasser Al Harthy"
    }


def test_a_family_name_two_full_names_end_with_stays_unattributed() -> None:
    draft = drafted_story(
        "Oman rules out mediation",
        "Hamad bin Saif bin Nasser Al Harthy and Salim bin Ali bin Omar Al Harthy met the envoys"
        " on Sunday.",
        "“We are not leading any effort of that kind,” Al Harthy said.",
    )
    assert speakers_in(draft) == {"We are not leading any effort of that kind": None}
