"""A post written as capitals at the head of an apposition: "Ola Brandt, the CFO, said"
(round 54).

Reading of English news grammar: an apposition after a name says what the person is, and
its head noun is the post, whatever the word ("the quizmaster" is read by its ending). A
post written as its initials ("the CFO", "a Varnholt GP", "the club's COO", "CAO of the RM
of Lakeshore", "Delhi special CP") is the same slot filled by capitals, but capitals do not
show a noun's ending, so the person was given no role, and where nothing else cued them, not
drafted at all. The capitals are the post when they end the apposition or are followed by
the body the post is of ("of", "for", "at", "in"), and when something qualifies them before
(an article, an owner, a place or a modifier): capitals alone set off by commas may be a
body ("Jo Lee, BBC,"), capitals after capitalised words alone may end the next name of
a list ("Ann Roe, Aquilino Pimentel III,"), and capitals after a preposition ("of the BBC")
are the body one is of, not a post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["acronym_post"]

_CAPITALS = re.compile(r"[A-Z]{2,5}")
_ROMAN = re.compile(r"[IVXL]+")
_LINKS = frozenset({"of", "for", "at", "in"})
# Words before the capitals that make them the object of a phrase or the next of a list.
_NOT_QUALIFIERS = frozenset(
    {"of", "for", "at", "in", "on", "to", "by", "with", "from", "and", "or", "&"}
)


def acronym_post(words: Sequence[str], *, determined: bool) -> int | None:
    """Index of the capitals heading the apposition `words` (its determiner, if any, taken
    off; `determined` says it had one), or None."""
    for k, word in enumerate(words[:7]):
        if not _CAPITALS.fullmatch(word.strip(",.")):
            continue
        last = k == len(words) - 1
        linked = not last and words[k + 1] in _LINKS
        if not (last or linked):
            continue  # "the BBC World Service", "INVISTA CFO": the capitals qualify a word
        if _ROMAN.fullmatch(word.strip(",.")):
            return None  # "Aquilino Pimentel III": a name's numeral
        if k == 0 and not determined and not linked:
            return None  # "Jo Lee, BBC,": capitals alone may be a body
        if k and not determined and all(w[:1].isupper() for w in words[:k]):
            return None  # "Ann Roe, Aquilino Pimentel III,": the next name of a list
        if any(w.casefold() in _NOT_QUALIFIERS for w in words[:k]):
            return None  # "of the BBC": the body one belongs to
        return k
    return None
