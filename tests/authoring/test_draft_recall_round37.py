"""Thirty-seventh round, recall: quotes of the newest pair left unattributed, by the
construction that names their speaker, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_surname_written_without_its_arabic_article_is_that_persons() -> None:
    draft = _draft(
        "Minister promises help after the storm",
        "Interior Minister Karim al-Nouri visited the flooded villages on Sunday.",
        "“Every family that lost a home will be housed before winter,” Nouri said on the radio.",
    )
    assert speakers_in(draft) == {
        "Every family that lost a home will be housed before winter": "Karim al-Nouri"
    }


def test_a_bare_surname_two_people_carry_with_the_article_stays_unattributed() -> None:
    draft = _draft(
        "Brothers split over the port plan",
        "Port director Samir al-Nouri and his brother, the trader Fadi al-Nouri, met the"
        " council on Monday.",
        "“The harbour needs a second crane before it needs a new quay,” Nouri said.",
    )
    assert speakers_in(draft) == {
        "The harbour needs a second crane before it needs a new quay": None
    }


def test_a_speaker_who_went_on_with_a_colon_says_the_next_quote() -> None:
    draft = _draft(
        "Judge rebukes lawyer over claims",
        "“No lawyer may accuse a court without evidence,” Judge Ama Owusu said in her ruling.",
        "Judge Owusu went on: “A lawyer is an officer of the court and owes it the truth.”",
    )
    assert speakers_in(draft) == {
        "No lawyer may accuse a court without evidence": "Ama Owusu",
        "A lawyer is an officer of the court and owes it the truth.": "Ama Owusu",
    }


def test_a_role_that_goes_on_with_a_colon_is_its_one_holder() -> None:
    draft = _draft(
        "Coach proud of young side",
        "Head coach Tom Raine said the team had fought to the end on Saturday.",
        "The head coach goes on: “We had eighteen players in the first team this year.”",
    )
    assert speakers_in(draft) == {
        "We had eighteen players in the first team this year.": "Tom Raine"
    }


def test_a_hearing_that_went_on_gives_its_quote_to_nobody() -> None:
    draft = _draft(
        "Council hearing runs late",
        "Mayor Lena Ortiz opened the hearing on the bus depot at six.",
        "The hearing went on: “Depot out, park in” was written on a dozen placards.",
    )
    assert speakers_in(draft).get("Depot out, park in") is None


def test_a_term_right_after_said_the_is_in_the_speakers_clause() -> None:
    draft = _draft(
        "Council groups agree on school budget",
        "Councillor Ian Brodie presented the budget to the council on Thursday.",
        "Councillor Brodie said the “unprecedented” cooperation between the two groups had"
        " protected every school.",
    )
    assert speakers_in(draft) == {"unprecedented": "Ian Brodie"}


def test_a_term_after_another_verbs_object_stays_the_writers() -> None:
    draft = _draft(
        "Health board tracks new cases",
        "Health chief Lena Ortiz spoke to reporters at the hospital on Sunday.",
        "Ortiz confirmed the “cluster” of cases in the harbour district.",
    )
    assert speakers_in(draft).get("cluster") is None
