"""Who speaks, said in the quote's own sentence, still unnamed (round 52, recall b).

Rule 1 (`carried_role`): "“...,” the minister explained." in an article that names two
ministers (a Prime Minister and a Foreign Minister) was read as nobody's, though the
minister who spoke just before is the one meant (fresh34 i16, fresh24 t26, fresh51 bl01,
fresh16 v06). It is theirs when the person a he/she there would mean holds the role noun
and is the last one who spoke; someone only reported doing something ("Justice Tom Reid
had directed ...") is no speaker, so the quote stays open.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers

_TWO_MINISTERS = (
    "Talks on the border dispute\n\n"
    "Prime Minister Ada Obi flew home on Monday after two days of talks on the border.\n\n"
    "Foreign Minister Tom Reid said the talks would go on next month in the capital.\n\n"
)


def test_the_minister_after_a_quote_is_the_minister_who_just_spoke() -> None:
    article = _TWO_MINISTERS + (
        "“Nobody wants a quarrel with a neighbour, and we will keep talking,” the minister "
        "explained.\n"
    )
    assert _speakers(article)["Nobody wants a quarr"] == "Tom Reid"


def test_the_minister_said_then_a_quote_in_the_next_sentence() -> None:
    article = _TWO_MINISTERS + (
        "The minister said the border posts would stay open over the winter. “There will "
        "be no closing of the roads while we talk.”\n"
    )
    assert _speakers(article)["There will be no clo"] == "Tom Reid"


def test_a_judge_only_reported_acting_is_not_the_judge_who_speaks() -> None:
    article = (
        "Suspects freed on bail\n\n"
        "Justice Ada Obi granted the seven suspects bail on Wednesday.\n\n"
        "The judge said the delay had gone on too long.\n\n"
        "In May, Justice Tom Reid had directed the prosecution to hand over the phone "
        "records. That has not been done.\n\n"
        "“This failure has dragged the case on for years,” the judge said.\n"
    )
    assert _speakers(article)["This failure has dra"] == "Unattributed quotes"


def test_the_minister_after_someone_else_spoke_stays_open() -> None:
    article = _TWO_MINISTERS + (
        "Opposition leader Kemi Bello said the talks had achieved nothing.\n\n"
        "“We will keep talking,” the minister said.\n"
    )
    assert _speakers(article)["We will keep talking"] == "Unattributed quotes"


_FLOOD = (
    "Clean-up nearly done after the flood\n\n"
    "The river went back inside its banks on Sunday, and the last roads reopened on Monday.\n\n"
    "According to Mayor Ada Obi, crews in the town are nearly finished. "
)
_SHE_SAID = "\n\n“I think almost every family will be back home by the weekend,” she said.\n"


def test_a_she_in_an_article_naming_one_person_is_hers() -> None:
    article = (
        _FLOOD + "A few cellars still need to be pumped, but most streets are clear." + _SHE_SAID
    )
    assert _speakers(article)["I think almost every"] == "Ada Obi"


def test_a_name_the_draft_does_not_know_keeps_the_she_open() -> None:
    article = _FLOOD + "Like Lena Marsh, many families still wait for the pumps." + _SHE_SAID
    assert _speakers(article)["I think almost every"] == "Unattributed quotes"


def test_an_unnamed_person_before_the_she_keeps_it_open() -> None:
    article = _FLOOD + (
        "A resident who stayed through the flood said the cellars still need to be pumped."
    )
    assert _speakers(article + _SHE_SAID)["I think almost every"] == "Unattributed quotes"
