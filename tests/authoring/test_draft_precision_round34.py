"""Thirty-fourth round, precision: a he or she after a paragraph closed by crediting
someone else is never that paragraph's subject (the coreference rule of the same round makes
it the credited person, as in all five such paragraphs of the labeled sets)."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, speakers_in


def test_a_he_after_a_closing_credit_to_another_is_the_credited_not_the_subject() -> None:
    draft = drafted_story(
        "Two held over cattle raids",
        "Farmer Peter Mwangale and a local trader were arrested on Friday over the raids.",
        "Mwangale handed himself in at the regional station and was being questioned,"
        " county police commander Joseph Otieno said.",
        "“We will charge everyone who took part in these attacks,” he told a local radio station.",
    )
    # the subject Mwangale is never credited; the he is the one who just spoke, Otieno
    assert speakers_in(draft)["We will charge everyone who took part in these attacks"] == (
        "Joseph Otieno"
    )


def test_a_he_after_a_closing_credit_to_the_same_person_stays_his() -> None:
    draft = drafted_story(
        "Mayor defends new bus lanes",
        "Mayor Linda Okafor opened the first bus lane on Monday.",
        "Traffic moved faster in the first week than in any week last year, Okafor said.",
        "“People will get used to it within a month,” she said.",
    )
    assert speakers_in(draft)["People will get used to it within a month"] == "Linda Okafor"


def test_a_he_whose_paragraph_names_the_speaker_first_stays_his() -> None:
    draft = drafted_story(
        "Coach happy with draw",
        "Coach Martin Hale watched his side draw 1-1 with the leaders on Sunday.",
        "The equaliser came late in the second half, club captain Sam Idowu said.",
        "Hale was pleased. “We showed what we can do against the best,” he said.",
    )
    assert speakers_in(draft)["We showed what we can do against the best"] == "Martin Hale"
