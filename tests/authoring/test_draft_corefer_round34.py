"""Thirty-fourth round, coreference: who a he/she, a role or a quote-only paragraph means,
from a census of the quotes left unattributed over every labeled set, on invented text."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_he_after_a_sentence_ending_with_its_reporter_means_the_reporter() -> None:
    draft = _draft(
        "Mayor held over market fire",
        "Mayor Tobi Ekanem and a councillor were arrested on Friday, police said.",
        "Ekanem handed himself in at the station in Calabar and was being questioned over the"
        " fire, police commissioner Ade Bello said.",
        "“We will charge anyone found responsible once the inquiry is over,” he is quoted as"
        " saying by a local radio station.",
    )
    assert speakers_in(draft) == {
        "We will charge anyone found responsible once the inquiry is over": "Ade Bello"
    }
