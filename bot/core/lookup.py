"""Forgiving lookups by name: glossary terms and briefing ids, as people type them.

Both compare keys, not raw text: case, accents, punctuation and hyphens do not matter, and a
key also exists without spaces, so "dprk" finds "D.P.R.K." and "dual use" finds "Dual-use
technology", and a well-known synonym finds its term ("North Korea" finds "D.P.R.K.", from
the matcher's small table). A glossary term also answers to each of its listed parts ("Moscow" in
"Pyongyang, Moscow, Beijing"), to a spelled-out form's initials ("DPRK" for "Democratic
People's Republic of Korea") and, when nothing contains the query, to a small typo (rapidfuzz).
Briefings (bundled and a server's own), sections and people are named by one rule,
`one_named`: an id or name that starts with the query, or one of their words that does ("nk"
for `nk-troops-russia`), every word with a slip, or a slip or two in the whole name, word for
word (`near_whole`); the bundled shelf tells the caller which when several start so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from bot.core.answer_text import normalize

__all__ = [
    "forgiving_matches",
    "near_whole",
    "one_named",
    "prefix_matches",
    "slipped_word_matches",
    "term_keys",
]

T = TypeVar("T")

_PARTS = re.compile(r"[,;/()]|\bor\b")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "a", "an", "in", "on", "to"})
_TYPO_SCORE = 85  # rapidfuzz ratio (0-100) for a small typo
_MIN_TYPO_CHARS = 4  # shorter queries must match as typed


def _key(text: str) -> str:
    return normalize(text.replace("-", " "))


def term_keys(term: str) -> set[str]:
    """Every key a glossary term answers to: itself, its parts, their initials, unspaced."""
    parts = [_key(p) for p in (term, *_PARTS.split(term))]
    keys = {p for p in parts if p}
    for part in list(keys):
        words = [w for w in part.split() if w not in _SMALL_WORDS]
        if len(words) >= 2:
            keys.add("".join(w[0] for w in words))
    return keys | {k.replace(" ", "") for k in keys}


def forgiving_matches(query: str, items: Sequence[T], name: Callable[[T], str]) -> list[T]:
    """Items whose name contains the query in any form; else the ones a small typo away."""
    wanted = _key(query[:100])
    if not wanted:
        return []
    unspaced = wanted.replace(" ", "")
    from bot.core.matching import synonyms  # on first use: an idle bot does not carry the matcher

    same = {s.replace(" ", "") for s in synonyms(wanted)}  # whole names only: "us" is short
    keys = [term_keys(name(item)) for item in items]
    found = [
        item
        for item, its_keys in zip(items, keys, strict=True)
        if any(wanted in k or unspaced in k for k in its_keys) or same & its_keys
    ]
    if found or len(unspaced) < _MIN_TYPO_CHARS:
        return found
    found = [item for item, its in zip(items, keys, strict=True) if _has_words(wanted, its)]
    return found or _near(wanted, items, keys)


def _word_near(typed: str, word: str) -> bool:
    """Whether a typed word is `word`, its start, or one typo from it when long enough."""
    if word.startswith(typed):
        return True
    from rapidfuzz.distance import Levenshtein  # on first use: an idle bot does not carry it

    long_enough = len(word) > _MIN_TYPO_CHARS
    return long_enough and Levenshtein.distance(typed, word, score_cutoff=1) <= 1


def _has_words(wanted: str, keys: set[str]) -> bool:
    """Whether every word of the query is a word of the term, nearly ("emerging markets")."""
    typed = [w for w in wanted.split() if w not in _SMALL_WORDS]
    words = {w for k in keys for w in k.split()}
    return bool(typed) and all(any(_word_near(t, w) for w in words) for t in typed)


def _near(wanted: str, items: Sequence[T], keys: Sequence[set[str]]) -> list[T]:
    from rapidfuzz import fuzz

    scores = [max((fuzz.ratio(wanted, k) for k in its_keys), default=0.0) for its_keys in keys]
    best = max(scores, default=0.0)
    if best < _TYPO_SCORE:
        return []
    return [item for item, score in zip(items, scores, strict=True) if score == best]


def prefix_matches(query: str, names: Iterable[tuple[str, str]]) -> list[str]:
    """Ids whose id or title, or a word of one, starts with the query ("nk" for `nk-x-y`).

    `names` pairs each id with its title. A query of several words must start a run of words.
    """
    wanted = _key(query[:200])
    if not wanted:
        return []
    found = []
    for item_id, title in names:
        for text in (item_id, title):
            words = _key(text).split()
            runs = (" ".join(words[i:]) for i in range(len(words)))
            if any(run.startswith(wanted) for run in runs):
                found.append(item_id)
                break
    return found


def slipped_word_matches(query: str, names: Iterable[tuple[str, str]]) -> list[str]:
    """Ids whose id or title has every word of the query, nearly: the start of a word, or
    one typo from it when long enough ("teachrs" for `teachers-demand-unpaid-benefits`, whose
    whole string a fuzzy ratio scores too low to find). `names` pairs each id with its title."""
    wanted = _key(query[:200])
    if len(wanted.replace(" ", "")) < _MIN_TYPO_CHARS:
        return []
    return [item_id for item_id, title in names if _has_words(wanted, {_key(item_id), _key(title)})]


WHOLE_TYPO_SHARE = 5
"""A whole name typed with a slip is one at most a fifth of its characters away ("the
deployement", "jon kirbi"), at least one; shorter than `_MIN_TYPO_CHARS`, it must be typed
as it is."""


def one_named(query: str, names: Sequence[tuple[str, str]]) -> str | None:
    """The one id `query` names among (id, name) pairs (an id may come with several names: a
    person's aliases), or None when none or several do equally.

    In turn: a name, or a word in one, that starts with the query (when several do, the one
    that opens with it: "beijing" is "Beijing's awkward position", not "How Washington and
    Beijing responded"); every word of the query, each nearly ("loyd austen"); a slip or two
    in a whole id or name ("the deployement"). Never one shared small word: "the end" names
    no "The deployment", and "President Biden" no "President Xi" (the "weighted" ratio scored
    such a pair 86, rapidfuzz's plain ratio still 81)."""
    starting = _distinct(prefix_matches(query, names))
    if len(starting) > 1:
        wanted = _key(query[:200])
        opening = [i for i, name in names if i in starting and _key(name).startswith(wanted)]
        opening += [i for i in starting if _key(i).startswith(wanted)]
        starting = _distinct(opening) or starting
    if starting:
        return starting[0] if len(starting) == 1 else None
    slipped = _distinct(slipped_word_matches(query, names))
    if len(slipped) == 1:  # "kirbi": a word of a name, with a typo
        return slipped[0]
    return near_whole(query, names)


def _distinct(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def near_whole(query: str, names: Iterable[tuple[str, str]]) -> str | None:
    """The one id whose id or a name is a slip or two from the whole query, or None.

    Edits are counted, never a ratio: a ratio forgives a different last word after a long
    shared first one ("harbour strike begins" scored 90 against "Harbour strike ends"). When
    query and name have as many words, each word may take only its own slips (a quarter of
    it, at least one: "jon kirbi", "deploymnet"), so a word swapped for another names
    nothing; with words joined or split ("northkorean"), the whole count decides."""
    wanted = _key(query[:200])
    if len(wanted) < _MIN_TYPO_CHARS:
        return None
    from rapidfuzz.distance import Levenshtein  # on first use: an idle bot does not carry it

    best: dict[str, int] = {}
    for item_id, name in names:
        for text in (_key(item_id), _key(name)):
            allowed = max(1, max(len(wanted), len(text)) // WHOLE_TYPO_SHARE)
            edits = Levenshtein.distance(wanted, text, score_cutoff=allowed)
            if edits <= allowed and _slips_stay_in_words(wanted, text):
                best[item_id] = min(edits, best.get(item_id, edits))
    if not best:
        return None
    fewest = min(best.values())
    nearest = [i for i, edits in best.items() if edits == fewest]
    return nearest[0] if len(nearest) == 1 else None


WORD_TYPO_SHARE = 4
"""A word of a whole name typed with slips is at most a quarter of its characters away, at
least one ("kirbi", "deploymnet"); "begins" for "ends" is another word."""


def _slips_stay_in_words(typed: str, name: str) -> bool:
    """Whether, word for word, each typed word is a slip from the name's (always true when
    the two have different numbers of words: a word joined or split is read whole)."""
    typed_words, name_words = typed.split(), name.split()
    if len(typed_words) != len(name_words):
        return True
    from rapidfuzz.distance import Levenshtein

    for one, other in zip(typed_words, name_words, strict=True):
        allowed = max(1, max(len(one), len(other)) // WORD_TYPO_SHARE)
        if Levenshtein.distance(one, other, score_cutoff=allowed) > allowed:
            return False
    return True
