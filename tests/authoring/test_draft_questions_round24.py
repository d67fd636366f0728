"""Questions, twenty-fourth round (invented text). From the thirtieth set's misses: no blank
in a dateline that gives the day it was filed ("LINDHOLM, 15 Feb. The council ..."), no
true-or-false from the line under a quote that names its speaker and the occasion with no
verb ("Harbour master Per Holm, after a night on the quay this week."), and no "Who said
...?" whose answer opens with a verb of speech ("Said Holm", the inverted attribution "Said
Holm: ..." read as a name); from the thirty-first set's misses, no blank on a number with
more significant digits than anyone learns ("265,850,450 sandbags"). Risks: the story's own
figures after the dateline keep their blank, a sentence with a verb after the name and the
comma stays a statement, a name that only starts like a verb ("Saidi Mrisho") stays an
answer, and a round three million keeps its blank."""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote
from bot.authoring.quiz_furniture import an_attribution_line
from tests.authoring.drafted import fact_questions, who_said_questions


def _questions(paragraphs: list[str]) -> list[dict]:
    return fact_questions(paragraphs)


_STORY = [
    "The river burst its banks in Varnholt on Monday, flooding 40 homes near the harbour.",
    "The water board said 350 workers would pump the lower streets through the night.",
]


def _asked(questions: list[dict], words: str) -> bool:
    return any(words in str(q["prompt"]) for q in questions)


def test_a_dated_dateline_gets_no_blank_and_the_story_keeps_its_figures() -> None:
    lead = (
        "LINDHOLM, 15 Feb. The council has sent 120 pumps to the harbour after the river"
        " flooded the lower town."
    )
    questions = _questions([lead, *_STORY])
    blanks = [q for q in questions if "_____" in str(q["prompt"])]
    assert not any("_____ Feb" in str(q["prompt"]) for q in blanks)
    assert {"120", "40", "350"} & {str(q["answer"]) for q in blanks}


def test_an_attribution_line_under_a_quote_makes_no_statement() -> None:
    line = "Harbour master Per Holm, after a night on the quay at Varnholt this week."
    questions = _questions(["“We have never seen the water this high.”", line, *_STORY])
    assert not _asked(questions, "after a night on the quay")


def test_a_name_a_comma_and_a_verb_stay_a_statement() -> None:
    line = "Harbour master Per Holm, after a night on the quay, said 12 boats had sunk in Varnholt."
    assert not an_attribution_line(line)
    assert an_attribution_line("Harbour master Per Holm, after a night on the quay this week.")


_SPEECHES = [
    "Harbour master Per Holm spent the night on the quay in Varnholt.",
    "Said Holm: “The pumps will run through the night and all of tomorrow.”",
    "“No ship will leave the harbour before the water goes down,” said Saidi Mrisho.",
    "“We built this wall so that no family has to leave home again,” said Tove Lind.",
]
_SAID = [
    DraftQuote("q1", "The pumps will run through the night and all of tomorrow", "said", 2),
    DraftQuote("q2", "No ship will leave the harbour before the water goes down", "saidi", 3),
    DraftQuote("q3", "We built this wall so that no family has to leave home again", "lind", 4),
]


def test_a_name_opening_with_a_verb_of_speech_is_no_answer_nor_choice() -> None:
    figures = [
        DraftFigure("said", "Said Holm", "", True),
        DraftFigure("saidi", "Saidi Mrisho", "skipper", True),
        DraftFigure("lind", "Tove Lind", "Minister", True),
        DraftFigure("brandt", "Ilse Brandt", "Mayor", True),
    ]
    who = who_said_questions(figures, _SAID, _SPEECHES)
    assert all(q["answer"] != "Said Holm" and "Said Holm" not in q["choices"] for q in who)
    assert any(q["answer"] == "Saidi Mrisho" for q in who)


def test_a_nine_digit_count_gets_no_blank_and_a_round_million_keeps_it() -> None:
    exact = "The town bought 265,850,450 sandbags from the water board in Lindholm last year."
    questions = _questions([exact, *_STORY])
    assert not any(str(q["answer"]) == "265,850,450" for q in questions)
    round_ = "The town bought 3,000,000 sandbags from the water board in Lindholm last year."
    questions = _questions([round_, *_STORY])
    assert any(str(q["answer"]) == "3,000,000" for q in questions)
