"""Quotes led by a participle whose subject the drafter lost (round 53, recall).

Two shapes of real copy leave a quote after "saying" / "adding that" unattributed: the comma
before the participle left out after a long clause (`He refuted the claim ... prior to the
exercise saying “before this exercise, ...”`, fresh76 ck10, fresh70 ce03), and a sentence led
by a he/she with a "that" clause before the participle (`He stressed that the force remains
committed ..., adding that “we must ...”`, fresh14 v18). The participle's subject is the
sentence's in both; not after a thing that carries words ("a sign saying"), nor when the
sentence has two subjects.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_QUOTE = "“the van went round for five days with announcements before anyone was moved.”"


def _article(paragraph: str) -> str:
    return (
        "Traders moved off the roadside\n\n"
        "The municipal chief executive, Ama Boateng, said the traders had been warned for "
        "weeks before the stalls were taken down.\n\n"
        f"{paragraph}\n\n"
        "The market reopens on Monday.\n"
    )


def test_saying_without_a_comma_after_a_long_clause_is_the_subjects() -> None:
    paragraph = (
        "She dismissed the claim by some traders that nobody had told them about the exercise "
        f"saying {_QUOTE}"
    )
    assert _speakers(_article(paragraph))["the van went round f"] == "Ama Boateng"


def test_adding_that_without_a_comma_is_the_subjects() -> None:
    paragraph = (
        "Ms Boateng pointed to the health risks of selling food so close to open drains "
        f"adding that {_QUOTE}"
    )
    assert _speakers(_article(paragraph))["the van went round f"] == "Ama Boateng"


def test_a_he_she_sentence_with_a_that_clause_hands_the_participle_to_the_he_she() -> None:
    paragraph = (
        f"She stressed that the assembly remains committed to the traders, adding that {_QUOTE}"
    )
    assert _speakers(_article(paragraph))["the van went round f"] == "Ama Boateng"


def test_a_sign_saying_words_is_no_speech_of_the_subject() -> None:
    paragraph = (
        f"She walked along the market road in the rain past a hand-painted sign saying {_QUOTE}"
    )
    assert _speakers(_article(paragraph)).get("the van went round f") != "Ama Boateng"


def test_two_subjects_keep_the_quote_unattributed() -> None:
    paragraph = (
        f"She and Mayor Kofi Mensah both defended the exercise at length, adding that {_QUOTE}"
    )
    assert _speakers(_article(paragraph)).get("the van went round f") != "Ama Boateng"
