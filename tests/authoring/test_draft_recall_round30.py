"""Thirtieth round, recall: the quotes the drafter left unattributed, each family read as
grammar, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_words_put_to_an_addressee_are_the_subjects() -> None:
    draft = _draft(
        "Ferry timetable row",
        "Harbour master Priya Ramdas informed the ferry board that “the night crossing will stop"
        " in March”.",
        "Councillor Helga Sorensen challenged the board to “publish every figure behind this"
        " decision”.",
        "Ramdas reassured commuters that “the morning boats are safe for another year”.",
    )
    assert speakers_in(draft) == {
        "the night crossing will stop in March": "Priya Ramdas",
        "publish every figure behind this decision": "Helga Sorensen",
        "the morning boats are safe for another year": "Priya Ramdas",
    }


def test_words_repeated_questioned_or_named_as_something_are_the_subjects() -> None:
    draft = _draft(
        "Ferry timetable row",
        "Harbour master Priya Ramdas repeated that “no crossing will be cut without a vote”.",
        "Councillor Helga Sorensen questioned “why the board met in private at all”.",
        "Sorensen referred to the timetable as “a slap in the face for island families”.",
    )
    assert speakers_in(draft) == {
        "no crossing will be cut without a vote": "Priya Ramdas",
        "why the board met in private at all": "Helga Sorensen",
        "a slap in the face for island families": "Helga Sorensen",
    }


def test_the_one_informed_or_challenged_is_not_the_speaker() -> None:
    draft = _draft(
        "Ferry timetable row",
        "The board informed Priya Ramdas that “the night crossing will stop in March”.",
        "Residents challenged Helga Sorensen to “publish every figure behind this decision”.",
    )
    assert speakers_in(draft) == {
        "the night crossing will stop in March": None,
        "publish every figure behind this decision": None,
    }


def test_kept_informed_is_no_verb_of_speech() -> None:
    draft = _draft(
        "Ferry timetable row",
        "Harbour master Priya Ramdas said the board would keep islanders informed as there will"
        " be “more changes, certainly to the winter boats”.",
    )
    assert speakers_in(draft)["more changes, certainly to the winter boats"] == "Priya Ramdas"


def test_words_shouted_or_hit_back_with_are_the_subjects() -> None:
    draft = _draft(
        "Ferry final",
        "Pier steward Priya Ramdas blurted out to nobody in particular, “I will carry the cup.”",
        "Captain Helga Sorensen turned to the crew and yelled, “We have the cup at last!”",
        "Councillor Tomas Berg lashed back online that “nobody voted for a party on the pier”.",
        "Sorensen hit back at Berg: “The crew earned every minute of it.”",
    )
    assert speakers_in(draft) == {
        "I will carry the cup.": "Priya Ramdas",
        "We have the cup at last!": "Helga Sorensen",
        "nobody voted for a party on the pier": "Tomas Berg",
        "The crew earned every minute of it.": "Helga Sorensen",
    }


def test_a_statement_issued_that_reports_the_issuers_words() -> None:
    draft = _draft(
        "Ferry board statement",
        "Harbour master Priya Ramdas has issued a statement that she was “aware” of the"
        " complaints.",
        "The ferry board issued a statement that Helga Sorensen was “not available” that day.",
    )
    assert speakers_in(draft) == {"aware": "Priya Ramdas", "not available": None}


def test_a_role_apposition_left_open_before_the_verb_still_names_the_speaker() -> None:
    draft = _draft(
        "Ferry board statement",
        "“Every crossing ran on time this winter,” Dr Priya Ramdas, Operations Director of the"
        " Island Ferry Board (IFB) told the Gazette.",
    )
    assert speakers_in(draft)["Every crossing ran on time this winter"] == "Priya Ramdas"


def test_names_listed_after_a_quote_are_no_open_apposition() -> None:
    draft = _draft(
        "Ferry board statement",
        "The ferry board met on the quay on Monday.",
        "“We will add a boat in June,” Dr Helga Sorensen, Tomas Berg and the crew said.",
    )
    assert speakers_in(draft)["We will add a boat in June"] is None


def test_a_bare_name_after_a_quote_credits_it_even_after_another_speaker() -> None:
    draft = _draft(
        "Ferry board statement",
        "Dr Priya Ramdas chairs the islanders’ group, which wants a vote on the timetable.",
        "“Every crossing ran on time this winter,” Helga Sorensen said.",
        "“The board never asked the islanders what they wanted.” Priya Ramdas",
    )
    assert speakers_in(draft) == {
        "Every crossing ran on time this winter": "Helga Sorensen",
        "The board never asked the islanders what they wanted.": "Priya Ramdas",
    }


def test_two_names_after_a_quote_are_no_credit_line() -> None:
    draft = _draft(
        "Ferry board statement",
        "Dr Priya Ramdas and Dr Tomas Berg sit on the ferry board.",
        "The board met on the quay on Monday.",
        "“Nobody listened to the crews.” Priya Ramdas and Tomas Berg.",
    )
    assert speakers_in(draft)["Nobody listened to the crews."] is None
