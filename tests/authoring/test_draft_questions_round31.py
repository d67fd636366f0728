"""Who-said prompts on a long quote, thirty-first round (invented text).

A quote too long for the prompt (over 300 characters) shows its whole sentences up to the
limit, word for word, then " …" for what is left out, never a sentence broken off in its
middle. Risks: a quote whose first sentence is too short to stand for it ("No.") or that has
no sentence end inside the limit keeps the old cut, at a word boundary, marked "…".
"""

from __future__ import annotations

from bot.authoring.questions import DraftFigure, DraftQuote, make_questions

PEOPLE = [
    DraftFigure("rowe", "Ada Rowe", "Mayor", True),
    DraftFigure("lund", "Pia Lund", "Governor", True),
    DraftFigure("fry", "Tom Fry", "a tenant", True),
]

FIRST = (
    "We spent three winters asking the water board for new pumps on the east bank, and every"
    " time we were told the money had gone to the bridge instead."
)
SECOND = (
    "Now the families on Mill Lane have lost their kitchens twice in a year, and nobody from"
    " the board has come down to see it."
)
THIRD = "I want the board in the council chamber on Monday to explain where the money went."


def _prompt(text: str) -> str:
    quote = DraftQuote("rowe-q", text, "rowe", 3)
    (asked,) = [q.data for q in make_questions(PEOPLE, [quote], [])]
    return str(asked["prompt"])


def _shown(prompt: str) -> str:
    assert prompt.startswith("Who said “") and prompt.endswith("”?")
    return prompt[len("Who said “") : -len("”?")]


def test_a_long_quote_shows_its_whole_sentences_then_an_ellipsis() -> None:
    shown = _shown(_prompt(f"{FIRST} {SECOND} {THIRD}"))
    assert shown == f"{FIRST} {SECOND} …"
    assert len(shown) <= 300


def test_a_quote_that_fits_is_shown_whole_without_a_mark() -> None:
    assert _shown(_prompt(f"{FIRST} {THIRD}")) == f"{FIRST} {THIRD}"


def test_an_abbreviation_inside_the_quote_is_no_sentence_end() -> None:
    first = (
        "We asked Dr. Okafor and the St. Anne's board for the pumps in March, and again in"
        " June when the river rose over the path and the school had to close for a week."
    )
    shown = _shown(_prompt(f"{first} {SECOND} {THIRD}"))
    assert shown == f"{first} {SECOND} …"


def test_a_quote_with_no_sentence_end_in_reach_is_cut_between_words() -> None:
    long = ", and ".join([FIRST[:-1], SECOND[:-1], THIRD])
    shown = _shown(_prompt(long))
    assert shown.endswith("…") and len(shown) <= 300
    kept = shown[:-1].rstrip()
    assert long.startswith(kept)
    assert long[len(kept)] in " ,"  # the cut falls between words, never inside one


def test_a_short_opening_sentence_does_not_stand_for_a_long_quote() -> None:
    long = "No. " + ", and ".join([FIRST[:-1], SECOND[:-1], THIRD])
    shown = _shown(_prompt(long))
    assert shown != "No. …"
    assert len(shown) > 200 and long.startswith(shown[:-1].rstrip())
