"""A place's kind left out when the question already says it: "manatee" or "manatee co" for
Manatee County when asked "Which Florida county...?".

`matching` leaves out a kind of building after a place's name ("dobsonville" for Dobsonville
Stadium) but never a kind of territory on its own ("Niger" is not Niger State). A question that
names the kind settles it: asked which county, "Manatee" can only mean Manatee County. The
reading written here puts the kind back (or writes out its short form) for `is_correct`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from bot.core.answer_text import read_tokens

__all__ = ["kind_said_reading"]

# Kinds of territory an answer's name may end with, each with the short forms chat types.
_KINDS: dict[str, frozenset[str]] = {
    "county": frozenset({"co", "cty", "cnty"}),
    "district": frozenset({"dist", "dt"}),
    "province": frozenset({"prov"}),
    "parish": frozenset(),
    "subdivision": frozenset({"subdiv"}),
}


def kind_said_reading(given: str, answers: Sequence[str], context: str) -> str | None:
    """`given` with the kind of place put back ("manatee county" for "manatee", "manatee co")
    when a right answer ends with that kind and the question names it, or None."""
    for kind in _kinds_ending(tuple(answers)):
        if kind not in _words_of(context):
            continue
        tokens = read_tokens(given)
        if not tokens or kind in tokens:
            return None
        if tokens[-1] in _KINDS[kind]:
            return " ".join([*tokens[:-1], kind])
        return f"{given} {kind}"
    return None


@functools.lru_cache(maxsize=512)
def _kinds_ending(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of place a right answer ends with, after a name of one word or more."""
    endings = {t[-1] for t in map(read_tokens, answers) if len(t) >= 2}
    return tuple(kind for kind in _KINDS if kind in endings)


@functools.lru_cache(maxsize=512)
def _words_of(context: str) -> frozenset[str]:
    return frozenset(read_tokens(context))
