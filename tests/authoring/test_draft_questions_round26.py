"""Questions, twenty-sixth round (invented text): a "Who said ...?" question needs a quote
of five words at least. Over every judgment of the older sets (groups A-K), who-said
questions on four-word quotes were 8 good, 11 weak and 3 bad: "a brave brave man", "just
couldn't believe it" leave nothing to recognise the speaker by. Risks: a five-word quote
and a longer one are still asked.

A true-or-false statement whose news is "this", said in the sentence before ("The board made
this known at a news conference on Wednesday."), is not asked: only where and when are
left (over every judgment, four weak and one bad, fresh35 j19's). Risk: other statements of
the same story are still asked."""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote
from tests.authoring.drafted import fact_questions, who_said_questions

_PARAGRAPHS = [
    "Mayor Ilse Brandt said the harbour wall was “a very old wall” on Monday.",
    "“The pumps ran all night,” said engineer Jonas Eklund.",
    "“We have never seen the quay under water like this,” said harbour pilot Per Holm.",
    "Tove Lind, who runs the ferry, said the water reached her door by midnight.",
]
_FIGURES = [
    DraftFigure("brandt", "Ilse Brandt", "Mayor", True),
    DraftFigure("eklund", "Jonas Eklund", "Engineer", True),
    DraftFigure("holm", "Per Holm", "Harbour pilot", True),
    DraftFigure("lind", "Tove Lind", "?", False),
]


def _asked(*quotes: DraftQuote) -> dict[str, str]:
    """Each quoted text asked about, with the speaker given as its answer."""
    asked = who_said_questions(_FIGURES, list(quotes), _PARAGRAPHS)
    return {q["prompt"]: q["answer"] for q in asked}


def test_a_four_word_quote_is_not_asked() -> None:
    asked = _asked(DraftQuote("q1", "a very old wall", "brandt", 1))
    assert asked == {}


def test_a_five_word_quote_is_asked() -> None:
    asked = _asked(DraftQuote("q2", "The pumps ran all night", "eklund", 2))
    assert asked == {"Who said “The pumps ran all night”?": "Jonas Eklund"}


def test_a_long_quote_is_asked_beside_a_short_one_left_out() -> None:
    asked = _asked(
        DraftQuote("q1", "a very old wall", "brandt", 1),
        DraftQuote("q3", "We have never seen the quay under water like this", "holm", 3),
    )
    assert list(asked.values()) == ["Per Holm"]


_FAIR = [
    "The Varnholt harbour board will hold a ferry fair with boats from next week, to raise"
    " money for the flood fund.",
    "The board made this known at a news conference on Wednesday in Varnholt.",
    "Tickets will cost 12 euros, and children under five will go free.",
]


def test_a_statement_whose_news_is_this_said_before_is_not_asked() -> None:
    asked = [q["prompt"] for q in fact_questions(_FAIR)]
    assert not any("made this known" in prompt for prompt in asked)
    assert any("Tickets will cost" in prompt for prompt in asked)
