"""Thirty-fourth round, frames: quotes whose paragraph names the speaker with a verb of
speech the drafter misread, each read as a rule of English news prose, on invented text,
with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_surname_ending_in_be_or_is_is_no_passive_before_told() -> None:
    draft = _draft(
        "Council leader rejects claims",
        "The council met on Thursday to discuss the regeneration firm.",
        "Councillor Jane McCabe told the Gazette: “The claims are wrong and I will say so"
        " at the next meeting.”",
        "Tom Harris described the plan as “a waste of everyone's time and money.”",
    )
    assert speakers_in(draft) == {
        "The claims are wrong and I will say so at the next meeting.": "Jane McCabe",
        "a waste of everyone's time and money.": "Tom Harris",
    }


def test_a_name_that_was_told_is_still_no_speaker() -> None:
    draft = _draft(
        "Council leader rejects claims",
        "The council met on Thursday to discuss the regeneration firm.",
        "Councillor Jane McCabe was told: “The claims will be heard at the next meeting.”",
    )
    assert speakers_in(draft) == {"The claims will be heard at the next meeting.": None}


def test_an_adjective_of_mood_before_the_name_after_a_quote_keeps_the_speaker() -> None:
    draft = _draft(
        "Kenyan retains marathon title",
        "The men's race was run in cool weather on Sunday.",
        "“I won last year and I have won again. This is a very good day for me,” a jubilant"
        " Peter Kamau said.",
        "“I never thought I would see the town like this,” a clearly shaken Cr Ann Lowe said"
        " after the meeting.",
    )
    assert speakers_in(draft) == {
        "I won last year and I have won again. This is a very good day for me": "Peter Kamau",
        "I never thought I would see the town like this": "Ann Lowe",
    }


def test_a_mood_adjective_before_a_name_reporting_another_is_nobodys() -> None:
    draft = _draft(
        "Kenyan retains marathon title",
        "The men's race was run in cool weather on Sunday.",
        "“I won last year and I have won again,” a jubilant Peter Kamau said Tom Rono told him.",
    )
    assert speakers_in(draft) == {"I won last year and I have won again": None}


def test_a_name_and_role_before_a_colon_opening_a_paragraph_names_the_speaker() -> None:
    draft = _draft(
        "What they said after the match",
        "Wales beat Fiji 32-26 in Bordeaux on Sunday.",
        "Tom Rhys, Wales manager: “The last six minutes were very long for all of us.”",
        "Dai Price, flanker and captain of Wales: “We dug deep in that first half and the"
        " credit goes to our defence.”",
    )
    assert speakers_in(draft) == {
        "The last six minutes were very long for all of us.": "Tom Rhys",
        "We dug deep in that first half and the credit goes to our defence.": "Dai Price",
    }
    people = people_in(draft)
    assert people["Dai Price"] == "flanker and captain of Wales"
    assert people["Tom Rhys"] == "Wales manager"


def test_a_body_or_a_clause_before_a_colon_names_nobody() -> None:
    draft = _draft(
        "What they said after the match",
        "Wales beat Fiji 32-26 in Bordeaux on Sunday.",
        "Press Office, head of news: “The last six minutes were very long for all of us.”",
        "Dai Price, who was there: “We dug deep in that first half and the credit goes to our"
        " defence.”",
    )
    assert speakers_in(draft) == {
        "The last six minutes were very long for all of us.": None,
        "We dug deep in that first half and the credit goes to our defence.": None,
    }


def test_the_words_of_another_that_a_subject_repeats_are_that_persons() -> None:
    draft = _draft(
        "Minister rules out a trade deal at any cost",
        "Ministers of the bloc met in Brussels on Monday to discuss the trade talks.",
        "Minister Jean Ashford reiterated the words of Prime Minister Tom Bell at a"
        ' conference earlier this month that "there will be no trade deal at any cost" before'
        ' assuring that "the right of governments to protect workers is not in question".',
    )
    assert speakers_in(draft) == {
        "there will be no trade deal at any cost": "Tom Bell",
        "the right of governments to protect workers is not in question": None,
    }


def test_a_body_and_a_role_before_the_name_after_a_quote_keep_the_speaker() -> None:
    draft = _draft(
        "Rates stay on hold",
        "The central bank left its main rate unchanged on Thursday.",
        "“Inflation is still too high for us to cut rates this year,” Bank of Westland"
        " governor Ana Keller told reporters.",
        "“Councils cannot keep raising rates on ratepayers,” Local Government Association of"
        " Westland chief executive Tom Hale said.",
    )
    assert speakers_in(draft) == {
        "Inflation is still too high for us to cut rates this year": "Ana Keller",
        "Councils cannot keep raising rates on ratepayers": "Tom Hale",
    }


def test_a_body_and_a_role_before_a_name_reporting_another_is_nobodys() -> None:
    draft = _draft(
        "Rates stay on hold",
        "The central bank left its main rate unchanged on Thursday.",
        "“Inflation is still too high for us to cut rates this year,” Bank of Westland"
        " governor Ana Keller said Tom Hale told her.",
    )
    assert speakers_in(draft) == {"Inflation is still too high for us to cut rates this year": None}


def test_a_name_of_a_body_whose_name_holds_of_is_the_subject_of_the_verb() -> None:
    draft = _draft(
        "Small shops squeezed out of new centres",
        "Rents in the new shopping centres rose again this year.",
        "Ana Keller of the Federation of Small Traders said: “The big chains get the leases"
        " and small shops are frozen out.”",
    )
    assert speakers_in(draft) == {
        "The big chains get the leases and small shops are frozen out.": "Ana Keller"
    }


def test_a_name_of_a_body_and_a_second_name_before_the_verb_is_nobodys() -> None:
    draft = _draft(
        "Small shops squeezed out of new centres",
        "Rents in the new shopping centres rose again this year.",
        "Tom Reed of the Bank of Westland and Ana Keller said: “The big chains get the leases"
        " and small shops are frozen out.”",
    )
    assert speakers_in(draft) == {
        "The big chains get the leases and small shops are frozen out.": None
    }
