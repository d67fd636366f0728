"""A place's kind left out when the question already says it: "manatee" or "manatee co" for
Manatee County when asked "Which Florida county...?".

`matching` leaves out a kind of building after a place's name ("dobsonville" for Dobsonville
Stadium) but never a kind of territory on its own ("Niger" is not Niger State). A question that
names the kind settles it: asked which county, "Manatee" can only mean Manatee County. The
reading written here puts the kind back (or writes out its short form) for `is_correct`. The
kind typed before the name is read past the same way ("co cork" asked which county), and so is
any last word of an answer that the question asks which one of ("private" asked "in which
sector", for "the private sector").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from bot.core.answer_text import read_tokens

__all__ = ["feature_forms", "kind_before_reading", "kind_said_reading", "named_word_reading"]

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


def kind_before_reading(given: str, answers: Sequence[str], context: str) -> str | None:
    """`given` without the kind of place typed before the name ("co cork", "county cork" for
    Cork) when the question names that kind and no right answer has it; None otherwise."""
    named = [kind for kind in _KINDS if kind in _words_of(context)]
    if not named:
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    if len(tokens) < 2:
        return None
    for kind in named:
        if tokens[0] in {kind, *_KINDS[kind]}:
            if any(kind in read_tokens(answer) for answer in answers):
                return None
            return " ".join(tokens[1:])
    return None


def named_word_reading(given: str, answers: Sequence[str], context: str) -> str | None:
    """`given` with the last word of a right answer of several words put back when the question
    asks which one of that kind ("which sector", "which other river") and `given` leaves it
    out ("private" for "the private sector", "assumption" for "Assumption Road"); None
    otherwise."""
    asked = _kinds_asked(context).intersection(_last_words(tuple(answers)))
    if not asked:
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    for last in sorted(asked):
        if tokens and last not in tokens and not tokens[-1].startswith(last[:3]):
            return f"{given} {last}"
    return None


@functools.lru_cache(maxsize=512)
def _last_words(answers: tuple[str, ...]) -> frozenset[str]:
    """The last word of each right answer of two words or more."""
    return frozenset(t[-1] for t in map(read_tokens, answers) if len(t) >= 2)


_ASKING = frozenset({"which", "what"})


@functools.lru_cache(maxsize=512)
def _kinds_asked(context: str) -> frozenset[str]:
    """The words a question asks which one of: one of the two after "which" or "what" ("sector"
    in "in which sector", "river" in "which other river", "division" in "which division's"), or
    the word after "kind of", "type of" ("taxis" in "what kind of taxis")."""
    words = read_tokens(context)
    asked = {
        word
        for index, asking in enumerate(words)
        if asking in _ASKING
        for word in words[index + 1 : index + 3] + _after_kind_of(words, index + 1)
        if word.isalpha() and len(word) >= 3
    }
    # "which division's verdict" asks which division: the possessive read as "divisions"
    return frozenset(asked | {w[:-1] for w in asked if w.endswith("s") and len(w) > 4})


# "what kind of taxis", "which type of vessel": the word after them is the one asked.
_KIND_OF = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})


def _after_kind_of(words: Sequence[str], at: int) -> list[str]:
    """The word after "kind of", "type of" or "sort of" starting at `at`, or none."""
    if words[at : at + 1] and words[at] in _KIND_OF and words[at + 1 : at + 2] == ["of"]:
        return list(words[at + 2 : at + 3])
    return []


# Kinds of natural feature written before a name ("Mont Ventoux", "Lake Kivu", "River
# Sabwani", "Hurricane Beryl"): the words chat types for each, and the words of a question that
# ask for one. The labelled real articles write "River X" in 27 articles and a storm's kind
# before its name in 46 (`grep -rlE` over tests/authoring/labeled/real).
_FEATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "mount": (
        frozenset({"mount", "mont", "mt", "monte", "mountain"}),
        frozenset({"mountain", "mount", "peak", "summit", "climb"}),
    ),
    "lake": (frozenset({"lake", "lac", "lago", "lk"}), frozenset({"lake"})),
    "river": (frozenset({"river", "riv"}), frozenset({"river"})),
    # a named storm ("Hurricane Beryl", "Typhoon Tembin"): its name alone asked which storm
    "hurricane": (
        frozenset({"hurricane", "huracan", "ouragan", "storm"}),
        frozenset({"hurricane", "storm"}),
    ),
    "typhoon": (frozenset({"typhoon", "storm"}), frozenset({"typhoon", "storm"})),
    "cyclone": (frozenset({"cyclone", "storm"}), frozenset({"cyclone", "storm"})),
}
# Kinds also written after the name ("River Sabwani", "the Sabwani River").
_ALSO_AFTER = frozenset({"river"})


def feature_forms(answers: Sequence[str], context: str) -> tuple[str, ...]:
    """Each right answer that opens with a natural feature's kind written its other ways, and
    without it where the question asks for that kind: see `_feature_forms`."""
    return _feature_forms(tuple(answers), context)


@functools.lru_cache(maxsize=1024)
def _feature_forms(answers: tuple[str, ...], context: str) -> tuple[str, ...]:
    """Each right answer that opens with a natural feature's kind ("Mont Ventoux") written
    with the kind's other words ("mount ventoux", "mt ventoux") and, where the question asks
    for that kind ("on which mountain"), without it ("ventoux")."""
    asked = set(read_tokens(context))
    forms: list[str] = []
    for answer in answers:
        tokens = read_tokens(answer)
        if len(tokens) < 2:
            continue
        for kind, (typed_as, asking) in _FEATURES.items():
            if tokens[0] not in typed_as:
                continue
            rest = " ".join(tokens[1:])
            forms += [f"{word} {rest}" for word in sorted(typed_as)]
            if kind in _ALSO_AFTER:
                forms += [f"{rest} {word}" for word in sorted(typed_as)]
            if asked & asking:
                forms.append(rest)
    return tuple(forms)
