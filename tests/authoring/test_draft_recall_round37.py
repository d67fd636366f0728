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
