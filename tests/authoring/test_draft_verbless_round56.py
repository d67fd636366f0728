"""Quote paragraphs with no verb of speech whose speaker is named elsewhere (round 56).

A paragraph about one person, then a paragraph that is only a quote: the quote is that
person's when the article has them speak somewhere, in a quote of their own or in reported
words ("Holt said the growers would ask the council for help"). Before round 56 only a quote
attributed in a sentence of their own counted, so a person whose words the article only
reports lost the quote after a paragraph about them (docs/drafting-rounds.md, "Fifty-sixth
round, verbless quotes"). A person the article never has speak (a suspect charged, a
player described) still gets no quote from being a paragraph's subject.
"""

from __future__ import annotations

from bot.authoring.draft import UNATTRIBUTED_NAME
from tests.authoring.test_draft_recall_round44 import _speakers

_QUOTE = "“I have never seen the blossom go like this in thirty years.”"
_KEY = "I have never seen th"  # `_speakers` keys: first 20 characters


def _orchard(reported: str) -> str:
    return (
        "Late frost takes the valley's apple blossom\n\n"
        "Frost came down the valley on Sunday night, two weeks after the orchards flowered.\n\n"
        "Maren Holt, who grows apples on the valley floor, walked her rows on Monday, counting the "
        "blackened buds.\n\n"
        f"{_QUOTE}\n\n"
        "The valley's growers will meet on Thursday to count the loss.\n\n"
        f"{reported}\n"
    )


def test_a_quote_after_a_paragraph_about_someone_whose_words_are_reported_is_theirs() -> None:
    speakers = _speakers(
        _orchard("Holt said the growers' association would ask the council for help.")
    )
    assert speakers[_KEY] == "Maren Holt"


def test_reported_words_said_with_a_he_or_she_count_too() -> None:
    speakers = _speakers(
        _orchard("Holt has grown apples here since 1994. She added that the pears were spared.")
    )
    assert speakers[_KEY] == "Maren Holt"


def test_someone_the_article_never_has_speak_gets_no_quote() -> None:
    speakers = _speakers(_orchard("Holt has grown apples in the valley since 1994."))
    assert speakers[_KEY] == UNATTRIBUTED_NAME


def test_someone_elses_reported_words_do_not_make_the_subject_speak() -> None:
    speakers = _speakers(
        _orchard("Association chair Ruth Adeyemi said the council had been asked for help.")
    )
    assert speakers[_KEY] == UNATTRIBUTED_NAME
