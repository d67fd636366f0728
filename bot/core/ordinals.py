"""Ordinals typed any way a student writes them, where the answer is one ("second", "16th"):
slipped ("secnd", "thrid", "sixtenth"), in French ("deuxième", "2e", "16ème", "premier"), or
as digits ("3rd"); another ordinal is wrong. For `quiz.judge`; `matching` reads the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import clean, osa
from bot.core.french_numbers import french_number_reading

__all__ = ["same_ordinal"]

_ENGLISH = (  # noqa: SIM905
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_FRENCH = (  # noqa: SIM905
    "premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme "
    "dixieme onzieme douzieme treizieme quatorzieme quinzieme seizieme dix-septieme "
    "dix-huitieme dix-neuvieme vingtieme"
).split()
_WORDS = {word: place for place, word in enumerate(_ENGLISH, start=1)} | {
    word: place for place, word in enumerate(_FRENCH, start=1)
}
_WORDS |= {"premiere": 1, "second": 2, "seconde": 2}
# "3rd", "16th", "2e", "16eme", "16ème", "1er", "1re".
_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|e|eme|ème|er|re|ere|ère)$")
# Words an ordinal is typed with that leave it the same: "his third", "the 16th one".
_AROUND = frozenset(
    {"the", "his", "her", "its", "their", "a", "le", "la", "l", "sa", "son", "one", "i",
     "think", "lol", "prob", "probably", "it", "was", "is", "s", "no", "number"}
)  # fmt: skip


# Superlatives an ordinal is typed with ("second largest"), each with the group it says:
# one of the same group as the question's says what it asks, one of its opposite another rank.
_SUPERLATIVES = {
    **dict.fromkeys(("largest", "biggest"), ("size", "large")),
    **dict.fromkeys(("smallest", "tiniest"), ("size", "small")),
    **dict.fromkeys(("highest", "tallest"), ("height", "high")),
    **dict.fromkeys(("lowest",), ("height", "low")),
    **dict.fromkeys(("longest",), ("length", "long")),
    **dict.fromkeys(("shortest",), ("length", "short")),
    **dict.fromkeys(("oldest",), ("age", "old")),
    **dict.fromkeys(("youngest", "newest"), ("age", "young")),
    **dict.fromkeys(("best",), ("merit", "good")),
    **dict.fromkeys(("worst",), ("merit", "bad")),
    **dict.fromkeys(("richest",), ("wealth", "rich")),
    **dict.fromkeys(("poorest",), ("wealth", "poor")),
}


def same_ordinal(given: str, answers: Sequence[str], prompt: str = "") -> bool | None:
    """Whether `given` is the ordinal a right answer is (True) or another one (False); None
    when no right answer is an ordinal alone or `given` says more than an ordinal. A
    superlative after it says the question's rank ("second biggest" asked "what-largest") or
    the opposite one ("second smallest": False)."""
    for answer in answers:
        wanted = _ordinal(answer, slips=False)
        if wanted is None:
            continue
        asked = _superlatives(prompt)
        words = re.findall(r"[\w-]+", clean(given).casefold().replace("-", " "))
        said = {_SUPERLATIVES[w] for w in words if w in _SUPERLATIVES}
        if said:
            families = {family for family, _ in asked}
            if len(said) > 1 or not asked or not {f for f, _ in said} <= families:
                return None
            if not said <= asked:
                return False  # "second smallest" asked the what-largest
            given = " ".join(w for w in words if w not in _SUPERLATIVES)
        typed = _ordinal(given, slips=True)
        if typed is None and (bare := _without_asked_words(given, prompt)) != given:
            typed = _ordinal(bare, slips=True)  # "11e minute" asked in which minute
        return None if typed is None else typed == wanted
    return None


def _without_asked_words(given: str, prompt: str) -> str:
    """`given` without the words of the question after its first ("minute" in "onzième
    minute" asked in which minute)."""
    asked = set(re.findall(r"[a-z]+", clean(prompt).casefold())) - set(_WORDS)
    words = re.findall(r"[\w-]+", clean(given).casefold())
    return " ".join(word for i, word in enumerate(words) if i == 0 or word not in asked)


@functools.lru_cache(maxsize=2048)
def _ordinal(text: str, slips: bool) -> int | None:
    words = [w for w in re.findall(r"[\w-]+", clean(text).casefold()) if w not in _AROUND]
    if len(words) != 1:
        return None
    (word,) = words
    if match := _DIGITS.match(word):
        return int(match[1])
    if word in _WORDS:
        return _WORDS[word]
    if (french := _french_ordinal(word)) is not None:
        return french  # "trente-sixième"
    if not slips or len(word) < 5 or word.removesuffix("s") in _WORDS:
        return None  # "seconds" is a unit, not a slip of "second"
    near = {place for known, place in _WORDS.items() if osa(word, known, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None


# A French ordinal is its number's word with "ième", losing a final "e" ("trente" ->
# "trentième"), "cinq" taking a "u" and "neuf" turning its "f" to "v".
_FRENCH_ENDING = re.compile(r"^([a-z-]+?)(?:u)?ieme$")


def _french_ordinal(word: str) -> int | None:
    """The place a French ordinal beyond the table says ("trente-sixième" -> 36), or None."""
    if not word.endswith("ieme") or "-" not in word:
        return None
    stem = word.removesuffix("ieme")
    stem = stem[:-1] + "f" if stem.endswith("neuv") else stem.removesuffix("u")
    for number in (stem, stem + "e"):
        reading = french_number_reading(number)
        if reading is not None and reading.isdigit():
            return int(reading)
    return None


@functools.lru_cache(maxsize=1024)
def _superlatives(prompt: str) -> frozenset[tuple[str, str]]:
    """The superlatives a question says ("what-largest": the large end of size)."""
    return frozenset(
        _SUPERLATIVES[w] for w in re.findall(r"[a-z]+", prompt.casefold()) if w in _SUPERLATIVES
    )
