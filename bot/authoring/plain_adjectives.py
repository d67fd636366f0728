"""Evaluative adjectives that no adjective ending marks (round 46).

"Miller said it had been a “difficult” year", "warned there is a “clear” risk", "said the
“biggest” problem", "the “conflicting” accounts he says were given": one word in marks before
a noun is the speaker's word when it is an adjective judging the noun, and the common
adjective endings (-ous, -ive, -able ...) miss superlatives (-est), present participles used
as adjectives (-ing) and short plain adjectives of judgement.
"""

from __future__ import annotations

from bot.authoring.lexicon import words

__all__ = ["plain_evaluative"]

_PLAIN = words(
    "difficult clear cheap good bad great poor tough hard huge big strong weak wrong false "
    "fair unfair odd strange peculiar absurd rare brief"
)
# Superlatives and participles, long enough not to be "best"/"rest"/"king"/"thing".
_ENDINGS = ("est", "ing")
_SHORTEST = 6
# -ing words that are nouns before a noun, not judgements ("the “building” work").
_NOUNS_IN_ING = words("building housing funding training meeting planning parking spending")


def plain_evaluative(word: str) -> bool:
    """Whether the lowercase word is a judging adjective the endings miss: "difficult",
    "biggest", "conflicting"."""
    if word in _PLAIN:
        return True
    return len(word) >= _SHORTEST and word.endswith(_ENDINGS) and word not in _NOUNS_IN_ING
