"""Counts said in words that a number does not show: "none", "nil", "nothing", "no goals" or
"aucun" for an answer of 0 or "nothing", "one mile" or "1 mile" for "a mile" (never "2 miles"
or "miles", nor "a mile" for "miles"), and a decade
of life in words ("thirties" for "30s"), a rank written "No. 3" or "world no 3" for 3, and a
score said in words ("4 to 0", "nil nil", "goalless" for 0-0).

Read only where a right answer is such a count, so "none" stays a hedge everywhere else; for
`matching.is_correct`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from bot.core import units
from bot.core.answer_text import clean, normalize, read_tokens

__all__ = [
    "a_as_one_reading",
    "another_count_of_one",
    "count_word_reading",
    "decade_reading",
    "grouped_number_reading",
    "nothing_reading",
    "one_as_a_reading",
    "rank_reading",
    "score_reading",
]

# Words for nothing at all, in English chat and in French, the bot's other language.
_NOTHING = frozenset(
    {"0", "zero", "none", "nil", "nothing", "nada", "zilch", "zip", "nought", "rien", "aucun",
     "aucune", "nobody", "noone"}
)  # fmt: skip
_ONE = frozenset({"1", "one"})


def nothing_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with its word for nothing, or the "no" before what it counts ("no goals"),
    written as the right answer writes nothing ("0", "nothing"); None when no right answer is
    nothing or nothing changes."""
    said = _nothing_answer(tuple(answers))
    if said is None:
        return None
    tokens = read_tokens(given)
    read = [said if token in _NOTHING else token for token in tokens]
    if len(tokens) == 2 and tokens[0] == "no" and (tokens[1].isalpha() or tokens[1] == "1"):
        read = [said] if tokens[1] == "1" else [said, tokens[1]]  # "no goals", "no one"
    return " ".join(read) if read != tokens else None


@functools.lru_cache(maxsize=512)
def _nothing_answer(answers: tuple[str, ...]) -> str | None:
    return next((norm for norm in map(normalize, answers) if norm in _NOTHING), None)


# Words that say a count: "a dozen" is 12, "a brace" (of goals) 2, "twice" or "2x" 2 times.
_COUNT_WORDS = {"dozen": "12", "douzaine": "12", "brace": "2", "twice": "2"}
_TIMES = re.compile(r"^(\d+)x$")
_A_COUNT = re.compile(r"\d[\d,]*")
_SAYS_A_COUNT = re.compile(r"dozen|douzaine|brace|twice|\dx\b", re.IGNORECASE)


def count_word_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a word that says a count written as its number ("a dozen" -> "12",
    "twice", "2x" -> "2") where a right answer is a count alone ("12"; not "his second");
    None otherwise."""
    if not _SAYS_A_COUNT.search(given) or not any(_A_COUNT.fullmatch(a.strip()) for a in answers):
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    read = [_COUNT_WORDS.get(t) or ((m := _TIMES.match(t)) and m[1]) or t for t in tokens]
    return " ".join(read) if read != tokens else None


_THREE_DIGITS = re.compile(r"(?<![\d.,])[1-9]\d\d(?![\d.,])")


def grouped_number_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a number from 110 to 999 said in two groups, as it is said aloud, written
    as one ("one forty" -> "140", "one sixty three" -> "163"), where a right answer holds a
    number of three digits; None otherwise. Typed in digits ("1 40") it stays two numbers."""
    if any(c.isdigit() for c in given) or not any(_THREE_DIGITS.search(a) for a in answers):
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    if len(tokens) < 2 or not (tokens[0].isdigit() and tokens[1].isdigit()):
        return None
    hundreds, rest = int(tokens[0]), int(tokens[1])
    if not (1 <= hundreds <= 9 and 10 <= rest <= 99):
        return None
    return " ".join([str(hundreds * 100 + rest), *tokens[2:]])


def one_as_a_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "1" or "one" before a word left out where a right answer says "a" or "an"
    before that word ("1 mile" for "a mile"); None otherwise."""
    counted = _counted_by_a(tuple(answers))
    if not counted:
        return None
    tokens = read_tokens(given)
    for index, token in enumerate(tokens[:-1]):
        if token in _ONE and tokens[index + 1] in counted:
            return " ".join(tokens[:index] + tokens[index + 1 :])
    return None


def a_as_one_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "a" or "an" before a word read as "one" where a right answer says "one"
    before that word ("a third" for "one third"); None otherwise."""
    counted = _counted_by_one(tuple(answers))
    if not counted:
        return None
    words = clean(given).split()
    read = [
        "one"
        if word in ("a", "an") and index + 1 < len(words) and words[index + 1] in counted
        else word
        for index, word in enumerate(words)
    ]
    return " ".join(read) if read != words else None


@functools.lru_cache(maxsize=512)
def _counted_by_one(answers: tuple[str, ...]) -> frozenset[str]:
    """The words that a right answer counts with "one" ("third" in "one third")."""
    counted: set[str] = set()
    for answer in answers:
        words = clean(answer).split()
        counted.update(
            after
            for word, after in itertools.pairwise(words)
            if word == "one" and after.isalpha() and after not in ("of", "the", "and", "or")
        )
    return frozenset(counted)


def another_count_of_one(given: str, answers: Sequence[str]) -> bool:
    """Whether `given` counts many of a measure a right answer counts one of ("2 weeks" or
    "weeks" for "a week"), or one of a measure a right answer counts only as many, a plural
    alone ("a week" or "1 week" for "weeks"): another length, which a fair teacher refuses.
    Things are left alone ("asterisks" for "an asterisk")."""
    tokens = _WORDS.findall(clean(given))
    one = {word for word in _counted_by_a(tuple(answers)) if units.is_a_measure(word)}
    if one and any(token in _plurals(word) for token in tokens for word in one):
        return True
    many = {word for word in _plural_alone(tuple(answers)) if units.is_a_measure(word)}
    return bool(many) and any(
        token in _A_OR_ONE and after in many for token, after in itertools.pairwise(tokens)
    )


_A_OR_ONE = frozenset({"a", "an", *_ONE})
_WORDS = re.compile(r"[^\W_]+")


def _plurals(word: str) -> set[str]:
    forms = {word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


@functools.lru_cache(maxsize=512)
def _plural_alone(answers: tuple[str, ...]) -> frozenset[str]:
    """The singular of a right answer that is one plural word alone ("week" for "weeks")."""
    singulars = set()
    for answer in answers:
        words = read_tokens(answer)
        if len(words) != 1 or not words[0].isalpha() or len(words[0]) < 4:
            continue
        word = words[0]
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            singulars.add(word[:-1])
    return frozenset(singulars)


@functools.lru_cache(maxsize=512)
def _counted_by_a(answers: tuple[str, ...]) -> frozenset[str]:
    """The words that a right answer counts with "a" or "an" ("mile" in "a mile")."""
    counted = set()
    for answer in answers:
        words = clean(answer).split()
        for index, word in enumerate(words[:-1]):
            if word in ("a", "an"):
                counted.update(read_tokens(words[index + 1])[:1])
    return frozenset(counted)


_DECADES = {
    word: f"{tens}s"
    for tens, word in zip(
        range(20, 100, 10),
        "twenties thirties forties fifties sixties seventies eighties nineties".split(),  # noqa: SIM905
        strict=True,
    )
}


def decade_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a decade in words written in digits ("in his thirties" -> "in his 30s")
    where a right answer has that decade in digits; None otherwise."""
    decades = _decades_of(tuple(answers))
    if not decades:
        return None
    tokens = clean(given).split()
    read = [_DECADES.get(token, token) for token in tokens]
    return " ".join(read) if read != tokens and decades & set(read) else None


@functools.lru_cache(maxsize=512)
def _decades_of(answers: tuple[str, ...]) -> frozenset[str]:
    words = {word for answer in answers for word in clean(answer).split()}
    return frozenset(words & set(_DECADES.values()))


# "No. 3", "world no 3", "nº 3": a rank's number. "no 3" alone may be "no, 3" or "not 3".
_RANK = re.compile(r"\b(?:world\s+no\.?|no\.|n[º°])\s*(?=\d)", re.IGNORECASE)


def rank_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with "No." or "world no" before a number left out where a right answer is a
    bare number ("no. 3" for 3); None otherwise."""
    if not _RANK.search(given) or not any(normalize(a).isdigit() for a in answers):
        return None
    return _RANK.sub("", given)


_SCORE = re.compile(r"\d+\s*[-–:]\s*\d+")
# A match without goals, said without its numbers.
_GOALLESS = frozenset({"goalless", "scoreless"})
# Goals said in words, in English chat ("nil") and in French ("deux à un"), and the word between.
_SCORE_WORDS = {
    "nil": "0",
    "zero": "0",
    "un": "1",
    "une": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "six": "6",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    "dix": "10",
}
_TO = frozenset({"to", "a"})  # "a" is the French "à" without its accent
_A_WIN = frozenset({"win", "victory", "won"})


def score_reading(given: str, answers: Sequence[str]) -> str | None:
    """`given` with a score said in words written as a score ("4 to 0" -> "4-0"; "nil nil",
    "goalless" or "no goals" -> "0-0" where the answer is 0-0; a tie "two all" -> "2-2"),
    where a right answer is a score; None otherwise or when nothing changes."""
    scores = _scores(tuple(answers))
    if not scores:
        return None
    tokens = [_SCORE_WORDS.get(token, token) for token in read_tokens(given)]
    if len(tokens) > 1 and tokens[-1] in _A_WIN:
        tokens = tokens[:-1]  # "2-1 win": the score, its winner unsaid
    if "0-0" in scores:
        tokens = ["0-0" if token in _GOALLESS else token for token in tokens]
        if tokens[:2] in (["no", "goals"], ["no", "goal"]):
            tokens[:2] = ["0-0"]  # "no goals"
    for index in range(len(tokens) - 2):
        if tokens[index].isdigit() and tokens[index + 1] in _TO and tokens[index + 2].isdigit():
            tokens[index : index + 3] = [f"{tokens[index]}-{tokens[index + 2]}"]
            break
    if len(tokens) >= 2 and tokens[0] == tokens[1] == "0":
        tokens[:2] = ["0-0"]  # "nil nil"
    for index in range(len(tokens) - 1):
        if tokens[index].isdigit() and tokens[index + 1] == "all":
            tokens[index : index + 2] = [f"{tokens[index]}-{tokens[index]}"]  # "two all", a tie
            break
    read = " ".join(tokens)
    return read if read != " ".join(read_tokens(given)) else None


@functools.lru_cache(maxsize=512)
def _scores(answers: tuple[str, ...]) -> frozenset[str]:
    """The right answers that are scores, written "N-M"."""
    return frozenset(
        re.sub(r"\s*[-–:]\s*", "-", clean(answer))
        for answer in answers
        if _SCORE.fullmatch(clean(answer))
    )
