"""One stemmer for the typed-answer reader: the Snowball English stemmer ("Porter2", from
`snowballstemmer`, the pure-Python package Sphinx searches with), in place of the suffix lists
the reader's modules each kept by hand. "translation", "translated" and "translating" are all
"translat"; "families" and "family" are "famili"; "winds" is "wind".

A stem is a key for comparing words, never a word to show: "experience" is "experi".
"""

from __future__ import annotations

import functools
import threading

import snowballstemmer

__all__ = ["english_stem", "english_stems"]

# One stemmer object: a Snowball stemmer keeps the word it is working on as state, so one thread
# at a time (a library reload runs in a worker thread); the cache below holds every stem given.
_ENGLISH = snowballstemmer.stemmer("english")
_ONE_AT_A_TIME = threading.Lock()


@functools.lru_cache(maxsize=16384)
def english_stem(word: str) -> str:
    """The Snowball English stem of one lower-case word ("redistributing" -> "redistribut")."""
    with _ONE_AT_A_TIME:
        return _ENGLISH.stemWord(word)


# Snowball takes "-ed" and "-ing" off a long word without giving back the "e" of its base, so
# "experienced" is "experienc" where "experience" is "experi" (and "influenced", "referenced"):
# such a word also has its base's stem.
_DROPPING_E = ("ed", "ing")
_SHORTEST_BASE = 4


@functools.lru_cache(maxsize=16384)
def english_stems(word: str) -> frozenset[str]:
    """`english_stem(word)` and, for a word ending "-ed" or "-ing", the stem of its base with
    the "e" it lost ("experienced" -> "experienc" and "experi")."""
    stems = {english_stem(word)}
    for ending in _DROPPING_E:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= _SHORTEST_BASE:
            stems.add(english_stem(base + "e"))
    return frozenset(stems)
