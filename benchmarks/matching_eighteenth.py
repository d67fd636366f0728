"""The eighteenth held-out set of typed answers (`matching_eighteenth`): how the quiz judges
answers typed the way students type in Discord, at questions the matcher was never tuned on.

It answers the 8 questions of one briefing written by hand from a real article of
tests/authoring/labeled/real/fresh60 (bu01: three Nigeria Premier Football League coaches after
draws), frozen in benchmarks/phrasing_briefings/sport-npfl-draws-coaches.yaml. Much smaller than
the brief's target (one briefing, not five): the session had about twenty minutes left when it
started. Who-questions typed as a surname, a title and surname, a misspelt name or a given name
alone; a team; a score typed as digits and words; a duration spelled out; a city with its state;
a choice question by letter, text and place; and a true/false question.

Written blind: its author read the article, the API of `benchmarks.phrasing_sets` and the shape
of `benchmarks.matching_seventeenth_b`; no verdict on these phrasings was read before this set
was committed (the options' order at seed 0 was read, since the letters refer to it:
`q-npfl-next` A Kwara United, B Rangers, C Sunshine Stars, D Abia Warriors). Labelled as in the
older sets: a surname alone right, a given name alone wrong, two answers at once wrong, `idk`
wrong, the right answer hedged (`maybe kano?`, `is it kano`) right.

Run: `.venv/bin/python -m benchmarks.matching_eighteenth`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.phrasing_sets import Phrasing, marked, report, true_false

__all__ = ["BRIEFINGS", "PHRASINGS", "SEED0_ANSWER_POSITION", "main"]

BRIEFINGS: tuple[Path, ...] = (
    Path(__file__).parent / "phrasing_briefings" / "sport-npfl-draws-coaches.yaml",
)
# The 1-based place of the right option at seed 0, which the letters were labelled against.
SEED0_ANSWER_POSITION: dict[str, int] = {"q-npfl-next": 2}

_SHORT: list[Phrasing] = [
    *marked(
        "q-npfl-abia-coach",
        right=(
            "Imama Amakpakabo",
            "imama amakpakabo",
            "amakpakabo",
            "Amakpakabo",
            "coach amakpakabo",
            "mr amakpakabo",
            "amakpakabo?",
            "i think amakpakabo",
            "its amakpakabo",
            "amakpabo",
            "amakpakobo",
            "amapakabo",
            "imama amakpakbo",
            "amakpakabo lol",
            "imama amakpakabo ⚽",
            "i. amakpakabo",
            "amakpakabo imama",
            "maybe amakpakabo?",
            "is it amakpakabo",
            "IMAMA AMAKPAKABO",
        ),
        wrong=(
            "imama",
            "bright ozebagbe",
            "ozebagbe",
            "tunde sanni",
            "sanni",
            "kennedy boboye",
            "boboye",
            "idk",
            "no idea",
            "amakpakabo or ozebagbe",
            "abia warriors",
            "?",
            "imama sanni",
        ),
    ),
    *marked(
        "q-npfl-abia-opponent",
        right=(
            "Sunshine Stars",
            "sunshine stars",
            "sunshine",
            "the sunshine stars",
            "sunshine star",
            "sunshine stars fc",
            "sunshin stars",
            "sunshine starts",
            "sunshine stars?",
            "maybe sunshine stars?",
            "is it sunshine stars",
            "sunshine stars lol",
            "SUNSHINE STARS",
            "sunshine stars 🌞",
        ),
        wrong=(
            "kwara united",
            "ikorodu city",
            "rangers",
            "stars",
            "abia warriors",
            "idk",
            "sunshine stars or rangers",
            "kano",
            "enyimba",
        ),
    ),
    *marked(
        "q-npfl-score",
        right=(
            "0-0",
            "0 - 0",
            "0:0",
            "0 0",
            "nil nil",
            "nil-nil",
            "0-0 draw",
            "goalless",
            "goalless draw",
            "a goalless draw",
            "zero zero",
            "0 all",
            "nil all",
            "0-0?",
            "is it 0-0",
            "0-0 lol",
            "0–0",
            "no goals",
            "0 to 0",
            "zéro à zéro",
        ),
        wrong=(
            "1-1",
            "1-0",
            "0-1",
            "2-2",
            "draw",
            "a draw",
            "idk",
            "0-0 or 1-1",
            "1 1",
            "kwara won",
            "0",
        ),
    ),
    *marked(
        "q-npfl-rest",
        right=(
            "one week",
            "1 week",
            "a week",
            "a full week",
            "one full week",
            "a whole week",
            "1 wk",
            "7 days",
            "seven days",
            "one week?",
            "is it one week",
            "1 week lol",
            "one weak",
            "une semaine",
            "1week",
            "oen week",
            "full one week",
            # Relabelled right (matching-19): the answer's number typed without its unit, as
            # this set's other bare numbers are read; see docs/typed-answers.md (bare numbers).
            "one",
        ),
        wrong=(
            "two weeks",
            "2 weeks",
            "3 days",
            "one month",
            "1 day",
            "idk",
            "a week or two",
            "10 days",
            "kano",
        ),
    ),
    *marked(
        "q-npfl-kano",
        right=(
            "Kano",
            "kano",
            "kano?",
            "maybe kano?",
            "is it kano",
            "kano nigeria",
            "kano, nigeria",
            "kano state",
            "kano city",
            "in kano",
            "kanno",
            "kano lol",
            "KANO",
            "kano 🤔",
        ),
        wrong=(
            "lagos",
            "abuja",
            "ikorodu",
            "kwara",
            "ilorin",
            "nigeria",
            "idk",
            "kano or lagos",
            "kaduna",
            "rangers",
        ),
    ),
    *marked(
        "who-said-npfl-sanni-selfish",
        right=(
            "Tunde Sanni",
            "tunde sanni",
            "sanni",
            "Sanni",
            "coach sanni",
            "mr sanni",
            "sanni?",
            "i think sanni",
            "sani",
            "tunde sani",
            "sanny",
            "tunde sanni 😤",
            "sanni lol",
            "t. sanni",
            "t sanni",
            "sanni tunde",
            "the kwara united coach",
            "kwara united's technical adviser",
            "maybe sanni?",
            "is it sanni",
        ),
        wrong=(
            "tunde",
            "ozebagbe",
            "bright ozebagbe",
            "amakpakabo",
            "boboye",
            "kwara united",
            "idk",
            "sanni or ozebagbe",
            "the ikorodu coach",
            "tunde ozebagbe",
        ),
    ),
]

_CHOICE: list[Phrasing] = [
    *marked(
        "q-npfl-next",
        right=(
            "b",
            "B",
            "B)",
            "b.",
            "(b)",
            "2",
            "the second one",
            "second",
            "rangers",
            "Rangers",
            "b rangers",
            "b) rangers",
            "rangers?",
            "rangres",
            "rangers fc",
            "enugu rangers",
            "is it rangers",
            "maybe b",
            "b lol",
            "option b",
            "rangers 🔥",
        ),
        wrong=(
            "a",
            "c",
            "d",
            "C)",
            "1",
            "3",
            "4",
            "the first one",
            "kwara united",
            "sunshine stars",
            "abia warriors",
            "a or b",
            "idk",
            "c rangers",
        ),
    ),
]

_SAID_TRUE = ("true", "True", "t", "yes", "yeah", "vrai", "true?", "true lol", "ture", "correct")
_SAID_FALSE = ("false", "False", "f", "no", "nope", "faux", "false?", "false lol", "flase", "wrong")

_TRUE_FALSE: list[Phrasing] = true_false(
    [
        (
            "tf-npfl-kwara-won",
            False,
            (
                "false it was a draw",
                "no it was 0-0",
                "false, goalless draw",
                "FALSE",
                "false 😂",
                "i think false",
                "nah",
                "not true",
            ),
            ("true they won", "idk", "maybe", "true or false", "yes kwara won"),
        ),
    ],
    _SAID_TRUE,
    _SAID_FALSE,
)

PHRASINGS: list[Phrasing] = _SHORT + _CHOICE + _TRUE_FALSE


def main() -> None:
    """Print this set's figures and its misses."""
    report(PHRASINGS, BRIEFINGS)


if __name__ == "__main__":
    main()
