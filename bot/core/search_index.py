"""A word index over briefings for autocomplete, built once per library load.

Each briefing is known by the words of its id, title and tags. A typed query matches a
briefing when each of its words starts one of the briefing's words ("nor kor" finds "North
Korea"); a word that starts none is matched with a typo forgiven ("harbr" finds "harbour")
against the index's vocabulary, not against every briefing. Briefings matching every typed
word as typed come first, then those matching every word with typos forgiven, then those
matching more words before fewer; ties go by id. A keystroke costs a few bisect look-ups and
set operations on the briefings that match, never a pass over every briefing.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from bot.core.models import Briefing

__all__ = ["BriefingIndex"]

_WORD = re.compile(r"\w+")
_MAX_WORDS = 8
_TYPO_CUTOFF = 75.0
_TYPO_CHOICES = 8
_LAST = "\U0010ffff"  # sorts after every character: `prefix + _LAST` ends a prefix's range


def words(text: str) -> list[str]:
    """The casefolded words of `text` (letters and digits; `-` and spaces separate)."""
    return _WORD.findall(text.casefold().replace("_", " "))


class BriefingIndex:
    """Briefing ids by the words of their id, title and tags."""

    def __init__(self, briefings: Iterable[Briefing]) -> None:
        ordered = sorted(briefings, key=lambda b: b.id)
        self._ids = tuple(b.id for b in ordered)
        postings: dict[str, set[int]] = {}
        for n, briefing in enumerate(ordered):
            for word in words(" ".join([briefing.id, briefing.title, *briefing.tags])):
                postings.setdefault(word, set()).add(n)
        self._vocabulary = sorted(postings)
        self._postings = [frozenset(postings[w]) for w in self._vocabulary]

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int = 25) -> list[str]:
        """Ids of the briefings matching `query`, best first; the first ids when it is blank."""
        typed = words(query[:100])[:_MAX_WORDS]
        if not typed:
            return list(self._ids[:limit])
        exact: list[set[int]] = []
        near: list[set[int]] = []
        for word in typed:
            starting = self._starting(word)
            exact.append(starting)
            near.append(starting or self._near(word))
        chosen: list[int] = []
        for tier in self._tiers(exact, near):
            chosen += heapq.nsmallest(limit - len(chosen), tier.difference(chosen))
            if len(chosen) >= limit:
                break
        return [self._ids[n] for n in chosen]

    @staticmethod
    def _tiers(exact: list[set[int]], near: list[set[int]]) -> Iterator[set[int]]:
        """Every word exact; every word, typos forgiven; then by how many words match."""
        yield set.intersection(*exact)
        yield set.intersection(*near)
        counts = Counter(n for hits in near for n in hits)
        for matched in range(len(near) - 1, 0, -1):
            yield {n for n, count in counts.items() if count == matched}

    def _starting(self, prefix: str) -> set[int]:
        """Briefings with a word starting with `prefix`."""
        low = bisect.bisect_left(self._vocabulary, prefix)
        high = bisect.bisect_left(self._vocabulary, prefix + _LAST, low)
        return set().union(*self._postings[low:high])

    def _near(self, word: str) -> set[int]:
        """Briefings with a word one or two typos away from `word` (or from its start)."""
        from rapidfuzz import fuzz, process  # on first use: an idle bot does not carry it

        found = process.extract(
            word,
            self._vocabulary,
            scorer=fuzz.ratio,
            processor=None,
            limit=_TYPO_CHOICES,
            score_cutoff=_TYPO_CUTOFF,
        )
        return set().union(*(self._postings[at] for _, _, at in found))
