"""Round 54: a name and a speech verb in the quote's sentence, the speaker still missed.

Each case is a shape of news prose where the sentence opens with the speaker's name and
the quote sits in a clause of that name's verb (docs/drafting-rounds.md, "Fifty-fourth
round, named speakers"); the lines are written for the tests.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def _article(*paragraphs: str) -> str:
    return "Ferry timetable row\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_participle_hangs_on_the_opening_name_past_an_honorific() -> None:
    speakers = _speakers(
        _article(
            "Waiting lists grew again in the spring.",
            "Opposition leader Rhian Price MS also condemned the figures, describing them as "
            "“a scandal for every family on the waiting list”.",
        )
    )
    assert speakers["a scandal for every "] == "Rhian Price"


def test_a_participle_hangs_on_the_opening_name_past_a_reported_it() -> None:
    speakers = _speakers(
        _article(
            "The bus depot reopened on Monday.",
            "Dara Quinn said that the depot is ready to keep it running, adding it is "
            "“everyone’s job to keep the buses moving”.",
        )
    )
    assert speakers["everyone’s job to ke"] == "Dara Quinn"


def test_a_partial_quote_in_the_reported_clause_after_an_aside() -> None:
    speakers = _speakers(
        _article(
            "The housing plan was approved last week.",
            "Grace Holm, of Mill Lane, said neighbours felt they had been given “no say at "
            "all” in the plan.",
        )
    )
    assert speakers["no say at all"] == "Grace Holm"


def test_another_speech_verb_in_the_reported_clause_leaves_the_quote_open() -> None:
    speakers = _speakers(
        _article(
            "The housing plan was approved last week.",
            "Grace Holm, of Mill Lane, said neighbours felt they had been given “no say at "
            "all” in the plan.",
            "Ivo Marsh, of Quay Road, said the council’s lawyers had described the deal in the "
            "meeting as “sound and lawful”.",
        )
    )
    assert speakers["no say at all"] == "Grace Holm"
    assert speakers["sound and lawful"] == "Unattributed quotes"


def test_another_person_named_before_the_participle_leaves_the_quote_open() -> None:
    speakers = _speakers(
        _article(
            "Omar Haddad, the depot manager, said the buses would run on time.",
            "Dara Quinn said that the depot is ready to keep it running, adding it is "
            "“everyone’s job to keep the buses moving”.",
            "Pia Lund, of Quay Road, said that Omar Haddad is ready to keep it running, "
            "adding it is “a matter for the board alone”.",
        )
    )
    assert speakers["everyone’s job to ke"] == "Dara Quinn"
    assert speakers["a matter for the boa"] == "Unattributed quotes"


def test_the_opening_name_reaches_its_verb_past_the_body_it_speaks_for() -> None:
    speakers = _speakers(
        _article(
            "Traders in the street say rents are climbing.",
            "Mike Varga of Bright Step Cobblers, in Mill Road, has criticised the rents sought "
            'by agents who show "little interest in whether a small shop survives the year".',
            "Varga said he would fight on.",
        )
    )
    assert speakers["little interest in w"] == "Mike Varga"


def test_an_office_read_as_a_name_does_not_open_the_clause() -> None:
    speakers = _speakers(
        _article(
            "The council met on Tuesday to discuss the housing letter.",
            "In reply, the Borough of Kelton Solicitor explained that the letter was never "
            "signed, adding that “the council is bound by nothing in it until a vote is held”.",
        )
    )
    assert speakers["the council is bound"] == "Unattributed quotes"
