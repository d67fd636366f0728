"""Questions, twenty-seventh round (invented text), from the thirty-sixth and thirty-seventh
sets' bad and weak judgments, as forms any reader would know:
- a true-or-false statement that the reporter could not reach someone for comment ("All
  three could not be reached for comment yesterday.") is about the reporting, not the news;
- a "Who said ...?" question is not asked on words in marks after a word that gives a thing
  its name ("the show namely, “Morning Coffee with the Host Jane Roe,”"): a show's title;
- a quote opened with a single mark that nothing closes ("‘During a period ...") is asked
  without the stray mark.
Risks: other statements of the story, a quote the same speaker said, and a quote with a
quotation inside it are still asked as before."""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote
from tests.authoring.drafted import drafted, fact_questions, who_said_questions

_PARAGRAPHS = [
    "Mayor Ilse Brandt spoke on the radio show namely, “Morning Coffee with the host Tove"
    " Lind,” that the harbour wall would be raised.",
    "“The pumps ran all night and the quay stayed dry,” said engineer Jonas Eklund.",
    "“‘During a week of floods like this one, we must keep the ferry running,” said harbour"
    " pilot Per Holm.",
    "“Nobody told the harbour board about the ‘red’ warning in time,” said Mayor Ilse Brandt.",
]
_FIGURES = [
    DraftFigure("brandt", "Ilse Brandt", "Mayor", True),
    DraftFigure("eklund", "Jonas Eklund", "Engineer", True),
    DraftFigure("holm", "Per Holm", "Harbour pilot", True),
]


def _asked(*quotes: DraftQuote) -> dict[str, str]:
    """Each quoted text asked about, with the speaker given as its answer."""
    asked = who_said_questions(_FIGURES, list(quotes), _PARAGRAPHS)
    return {q["prompt"]: q["answer"] for q in asked}


_SHOW = """Harbour wall to be raised after floods

The harbour wall in Varnholt will be raised by a metre before the winter, the town council \
decided on Monday.

Mayor Ilse Brandt said on the radio show namely, “Morning Coffee with the host Tove Lind,” \
that the work would start in October.

“The pumps ran all night and the quay stayed dry,” said engineer Jonas Eklund.

“We must keep the ferry running through the whole winter,” said harbour pilot Per Holm.

“Nobody told the harbour board about the warning in time,” said Mayor Ilse Brandt.
"""


def test_a_shows_title_after_namely_is_not_asked_as_a_quote() -> None:
    asked = {q["prompt"]: q["answer"] for q in drafted(_SHOW)["questions"]}
    assert not any("Morning Coffee" in prompt for prompt in asked)
    assert asked["Who said “Nobody told the harbour board about the warning in time”?"] == (
        "Ilse Brandt"
    )


def test_a_stray_opening_single_mark_is_left_out_of_the_prompt() -> None:
    quote = "‘During a week of floods like this one, we must keep the ferry running,"
    asked = _asked(DraftQuote("q3", quote, "holm", 3))
    assert asked == {
        "Who said “During a week of floods like this one, we must keep the ferry running,”?": (
            "Per Holm"
        )
    }


def test_a_quote_with_a_quotation_inside_keeps_its_marks() -> None:
    quote = "Nobody told the harbour board about the ‘red’ warning in time,"
    asked = _asked(DraftQuote("q4", quote, "brandt", 4))
    assert asked == {f"Who said “{quote}”?": "Ilse Brandt"}


_FERRY = [
    "The Varnholt ferry company and two harbour firms lost their licences on Monday after the"
    " flood inspection found 14 faults.",
    "All three could not be reached for comment yesterday.",
    "The harbour board will hear their appeals in 30 days, and the ferry will not run until then.",
]


def test_a_statement_that_nobody_could_be_reached_is_not_asked() -> None:
    asked = [q["prompt"] for q in fact_questions(_FERRY)]
    assert not any("reached for comment" in prompt for prompt in asked)
    assert any("lost their licences" in prompt for prompt in asked)
