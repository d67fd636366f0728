"""One stemmer for the typed-answer reader: the Snowball English stemmer ("Porter2"), in place
of the suffix lists the reader's modules each kept by hand. "translation", "translated" and
"translating" are all "translat"; "families" and "family" are "famili"; "winds" is "wind". A
stem is a key for comparing words, never a word to show: "experience" is "experi".

It comes from PyStemmer (module `Stemmer`), the Snowball project's own C build of its
algorithms. The pure-Python `snowballstemmer` gives the same stems (all 9,082 words of the
phrasing sets, 3.1.1 against PyStemmer 3.1.0) but imports its 36 languages at once (2.8 MiB,
14 to 42 ms; 4.6 MiB resident) and took about 1 ms a word here, against 29 KiB, 2 ms and
11 us (1.4 MiB resident, mostly its shared library; matching-27, load 11).
"""

from __future__ import annotations

import functools
import threading

import Stemmer

__all__ = ["english_stem", "english_stems"]

# One stemmer object, one thread at a time (the first answer's tables are built in a worker
# thread; PyStemmer's objects are not thread-safe); the cache holds every stem given.
_ENGLISH = Stemmer.Stemmer("english")
_ONE_AT_A_TIME = threading.Lock()


@functools.lru_cache(maxsize=4096)
def english_stem(word: str) -> str:
    """The Snowball English stem of one lower-case word ("redistributing" -> "redistribut")."""
    with _ONE_AT_A_TIME:
        return _ENGLISH.stemWord(word)


# Snowball takes "-ed" and "-ing" off a long word without giving back the "e" of its base, so
# "experienced" is "experienc" where "experience" is "experi" (and "influenced", "referenced"):
# such a word also has its base's stem.
_DROPPING_E = ("ed", "ing")
_SHORTEST_BASE = 4


@functools.lru_cache(maxsize=4096)
def english_stems(word: str) -> frozenset[str]:
    """`english_stem(word)` and, for a word ending "-ed" or "-ing", the stem of its base with
    the "e" it lost ("experienced" -> "experienc" and "experi")."""
    stems = {english_stem(word)}
    for ending in _DROPPING_E:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= _SHORTEST_BASE:
            stems.add(english_stem(base + "e"))
    return frozenset(stems)
