"""Questions, twenty-third round (invented text): no question from a sentence the page
printed with a slip (a word twice in a row, "their their"; a full stop before a lowercase
word, "to push on. work."), and none from a paragraph announcing the page's own list ("...
Here are the news headlines from Varnholt on Monday."), which is a roundup's deck; no
"Who said ...?" naming a name cut at a full stop ("Ilse St" of "Ilse St.Claire"). Risks:
an abbreviation's stop ("approx. 300 homes") and an English "that that" keep their
questions, and so does the story under the roundup's deck; a full name before two
sentences the page ran together ("... Per Holm.Tove Lind") stays a choice."""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote
from tests.authoring.drafted import fact_questions, who_said_questions


def _questions(paragraphs: list[str]) -> list[dict]:
    return fact_questions(paragraphs)


_STORY = [
    "The river burst its banks in Varnholt on Monday, flooding 40 homes near the harbour.",
    "The water board said on Tuesday its workers would pump the lower streets through the night.",
]


def _asked(questions: list[dict], words: str) -> bool:
    return any(words in str(q["prompt"]) for q in questions)


def test_a_word_printed_twice_makes_no_question() -> None:
    slip = "Families moved with their their belongings to 12 shelters in the hills of Lindholm."
    questions = _questions([slip, *_STORY])
    assert not _asked(questions, "their their")
    assert _asked(questions, "pump the lower streets")


def test_a_stop_before_a_lowercase_word_makes_no_question() -> None:
    slip = "The council promised 25 new pumps it wants to keep running. soon after the storm."
    questions = _questions([slip, *_STORY])
    assert not _asked(questions, "running. soon")
    assert _asked(questions, "pump the lower streets")


def test_an_abbreviations_stop_and_that_that_keep_their_question() -> None:
    story = [
        "The storm flooded approx. 300 homes along the river in Varnholt on Monday.",
        "Officials said that that night the families slept in the town hall on Tuesday.",
    ]
    questions = _questions(story)
    assert _asked(questions, "approx.")
    assert _asked(questions, "that that night")


def test_a_roundup_deck_makes_no_question_and_the_story_keeps_its_own() -> None:
    deck = (
        "Varnholt to rebuild its harbour wall, Lindholm ferry to stop for 3 weeks over"
        " repairs. Here are the news headlines from Varnholt on Monday."
    )
    questions = _questions([deck, *_STORY])
    assert not _asked(questions, "Here are")
    assert not _asked(questions, "ferry")
    assert _asked(questions, "pump the lower streets")


_SPEECHES = [
    "Minister Ilse St.Claire opened the new harbour wall in Varnholt on Monday.",
    "“We built this wall so that no family has to leave home again,” said Ilse St.",
    "The pumps would run all night, said engineer Per Holm.Tove Lind, the harbour master, agreed.",
]
_SAID = [
    DraftQuote("q1", "We built this wall so that no family has to leave home again", "st", 2),
    DraftQuote("q2", "The pumps will run through the night and all of tomorrow", "holm", 3),
    DraftQuote("q3", "No ship will leave the harbour before the water goes down", "lind", 3),
]


def test_a_name_cut_at_a_stop_is_no_answer_nor_choice() -> None:
    figures = [
        DraftFigure("st", "Ilse St", "Minister", True),
        DraftFigure("holm", "Per Holm", "Engineer", True),
        DraftFigure("lind", "Tove Lind", "harbour master", True),
        DraftFigure("brandt", "Jonas Brandt", "Mayor", True),
    ]
    who = who_said_questions(figures, _SAID, _SPEECHES)
    assert all(q["answer"] != "Ilse St" and "Ilse St" not in q["choices"] for q in who)
    assert any(q["answer"] == "Per Holm" for q in who)  # "Per Holm.Tove": a whole name
