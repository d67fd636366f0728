"""A he/she beside a quote after the paragraph's one named person (round 54, pronouns).

A paragraph names one person as the subject of a clause and goes on with a he/she in the
sentence of a quote ("Headmaster Ada Obi stayed on ... “...,” she says."). The he/she is that
person's when the paragraph names nobody else before it; it stays nobody's when the name is
only an object ("up to Obi if he"), when a he/she comes before the name, when someone the
draft does not know is named too, or when the article calls the person "Mr" for a "she".
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_QUOTE = "“We rebuilt the roof before the rains came, and nobody missed a lesson,”"


def _article(paragraph: str, opening: str | None = None) -> str:
    opening = opening or (
        "The district council met parents on Tuesday to talk about the new classrooms, "
        "and a council engineer, Tomas Reyes, said the work had run late."
    )
    return (
        "Village school reopens after the floods\n\n"
        f"{opening}\n\n"
        "The council inspected three buildings over the weekend.\n\n"
        f"{paragraph}\n\n"
        "Lessons resume on Monday.\n"
    )


def test_she_after_the_one_person_named_as_a_subject_is_hers() -> None:
    paragraph = (
        "Most teachers leave the valley within two years, but headmistress Ada Obi stayed "
        f"on for eleven. {_QUOTE} she says."
    )
    assert _speakers(_article(paragraph))["We rebuilt the roof "] == "Ada Obi"


def test_he_after_a_name_with_an_aside_before_its_verb_is_his() -> None:
    paragraph = (
        "The water reached the gate, and school caretaker Samuel Dube, 58, walked the parents "
        f"round the new rooms. {_QUOTE} he added."
    )
    assert _speakers(_article(paragraph))["We rebuilt the roof "] == "Samuel Dube"


def test_a_name_only_as_an_object_leaves_the_he_to_nobody() -> None:
    paragraph = f"The parents said it was now up to Samuel Dube if he stays. {_QUOTE} he said."
    assert _speakers(_article(paragraph))["We rebuilt the roof "] == "Unattributed quotes"


def test_a_he_before_the_name_leaves_the_later_he_to_nobody() -> None:
    paragraph = f"He recalled that Samuel Dube carried the desks out himself. {_QUOTE} he said."
    assert _speakers(_article(paragraph))["We rebuilt the roof "] == "Unattributed quotes"


def _caretaker(pronoun: str) -> str:
    return (
        "Most teachers leave the valley within two years, but caretaker Mr Samuel Dube "
        f"stayed on for eleven. {_QUOTE} {pronoun} says."
    )


def test_a_mr_is_a_he() -> None:
    assert _speakers(_article(_caretaker("he")))["We rebuilt the roof "] == "Samuel Dube"


def test_a_mr_is_not_a_she() -> None:
    assert _speakers(_article(_caretaker("she")))["We rebuilt the roof "] == "Unattributed quotes"


def test_an_unknown_full_name_beside_the_person_leaves_the_he_to_nobody() -> None:
    paragraph = (
        f"Samuel Dube walked the site with the builder from Harlow Construction. {_QUOTE} he said."
    )
    assert _speakers(_article(paragraph))["We rebuilt the roof "] == "Unattributed quotes"


_SWELL = "“We will not take risks with the crews while the swell is this high,”"


def _harbour(first: str, second: str, third: str) -> str:
    return (
        "Storm closes the harbour\n\n"
        "The coast guard issued a warning on Thursday night.\n\n"
        f"{first}\n\n{second}\n\n{third}\n\n"
        "The port reopens on Monday.\n"
    )


def test_a_she_reaches_back_across_a_paragraph_naming_nobody() -> None:
    article = _harbour(
        "Harbour master Lena Vos closed the port on Friday after the storm warning.",
        "The harbour master added that the fishing fleet would stay in port until Monday.",
        f"{_SWELL} she said.",
    )
    assert _speakers(article)["We will not take ris"] == "Lena Vos"


def test_a_she_does_not_reach_back_past_someone_else_named_beside_her() -> None:
    article = _harbour(
        "Harbour master Lena Vos gave the interview to reporter Eva Moss on Friday.",
        "The harbour master added that the fishing fleet would stay in port until Monday.",
        f"{_SWELL} she said.",
    )
    assert _speakers(article)["We will not take ris"] == "Unattributed quotes"


def test_a_she_does_not_reach_back_past_an_unnamed_person() -> None:
    article = _harbour(
        "Harbour master Lena Vos closed the port on Friday after the storm warning.",
        "The harbour master added that the fishing fleet would stay in port until Monday.",
        f"A ferry passenger, stuck on the quay, was angry. {_SWELL} she said.",
    )
    assert _speakers(article)["We will not take ris"] == "Unattributed quotes"
