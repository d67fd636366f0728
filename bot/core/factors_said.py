"""A change by a factor said another way than the answer's word ("It doubled"): `double`,
`twice as much`, `2x`, `x2`, `two times`, `by 100%` for doubled; `3x`, `triple`, `200% more`
for tripled; `by half`, `50% less` for halved. Real articles say "doubled" (30 times in the
labelled real pages), "tripled" and "halved"; a student who types the factor has the fact.
Read only where a right answer says one of those words, and only when the reply says nothing
but the factor and words that change nothing ("it was", "by", "as much"): `almost doubled`
and `more than double` change the claim and are left to the matcher; for `matching.is_correct`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from fractions import Fraction

from bot.core.answer_text import read_tokens

__all__ = ["factor_reading"]

# The answer's word and the factor it says.
_ANSWER_WORDS = {
    **dict.fromkeys(("doubled", "double", "doubles", "doubling"), Fraction(2)),
    **dict.fromkeys(("tripled", "triple", "triples", "trebled"), Fraction(3)),
    **dict.fromkeys(("quadrupled", "quadruple"), Fraction(4)),
    **dict.fromkeys(("halved", "halves"), Fraction(1, 2)),
}
# A reply's whole words and the factor they say.
_SAID = {
    **dict.fromkeys(
        ("double", "doubled", "twice", "2x", "x2", "2 times", "100 percent"), Fraction(2)
    ),
    **dict.fromkeys(
        ("triple", "tripled", "trebled", "thrice", "3x", "x3", "3 times", "200 percent"),
        Fraction(3),
    ),
    **dict.fromkeys(("quadrupled", "quadruple", "4x", "x4", "4 times", "300 percent"), Fraction(4)),
    **dict.fromkeys(("halved", "half", "50 percent less", "in half"), Fraction(1, 2)),
}
# Words around the factor that change nothing: "it was double", "by 100%", "twice as much",
# "100% more" (a rise of 100% is a doubling).
_AROUND = frozenset(
    {"it", "its", "was", "is", "has", "had", "by", "as", "much", "up", "more", "the"}
)


def factor_reading(given: str, answers: Sequence[str]) -> str | None:
    """The right answer `given` says when both say the same factor ("2x" for "It doubled");
    None otherwise."""
    wanted = _factors_said(tuple(answers))
    if not wanted:
        return None
    said = _SAID.get(" ".join(w for w in read_tokens(given) if w not in _AROUND))
    return next((answer for answer, factor in wanted if factor == said), None)


@functools.lru_cache(maxsize=512)
def _factors_said(answers: tuple[str, ...]) -> frozenset[tuple[str, Fraction]]:
    """Each right answer that says a change by a factor, with the factor ("It doubled", 2)."""
    return frozenset(
        (answer, _ANSWER_WORDS[word])
        for answer in answers
        for word in read_tokens(answer)
        if word in _ANSWER_WORDS
    )
