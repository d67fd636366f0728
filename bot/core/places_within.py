"""The larger places a briefing puts a place in, as its own text says it: "Pakistan's Punjab
province", "Gagbiri in the Tempane constituency" (never a comma, which also lists places side
by side: "Niger, Ogun"). A student may name the
larger place after the answer ("punjab pakistan", "gagbiri, tempane", "punjab in pakistan"),
which a gazetteer cannot tell for a county, a village or a province; a place the briefing does
not put it in ("punjab india") stays wrong. For `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

__all__ = ["with_larger_places"]

# One to three capitalised words: a place's name ("Upper East Region", "Kashmir").
_NAME = r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2}"
# Kinds of place a name may carry before the larger place ("Tana River county in ...").
_KINDS = r"(?:\s+(?i:county|region|province|state|district|sector|constituency|village|town|city))?"


@functools.lru_cache(maxsize=512)
def _larger(place: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    named = f"(?i:{re.escape(place)})"
    after = re.compile(rf"\b{named}{_KINDS}\s+(?:in|of)\s+(?:the\s+)?({_NAME})")
    before = re.compile(rf"\b({_NAME})(?:'s|’s)\s+{named}\b")
    found: list[str] = []
    for text in texts:
        for pattern in (after, before):
            for match in pattern.finditer(text):
                larger = match.group(1)
                if larger.casefold() != place.casefold():
                    found.append(larger)
    return tuple(dict.fromkeys(found))


# A question that asks for a place: where, or which place of a kind.
_ASKS_PLACE = re.compile(
    r"\bwhere\b|\b(?:which|what)\b.*\b(?:county|region|province|state|district|sector"
    r"|constituency|village|community|town|city|country|area|road|street|neighbourhood)\b",
    re.IGNORECASE,
)


def with_larger_places(
    answers: Sequence[str], prompt: str, texts: Iterable[str], people: Sequence[str] = ()
) -> tuple[str, ...]:
    """Each answer with a larger place its briefing's `texts` put it in ("Punjab Pakistan",
    "Punjab, Pakistan", "Punjab in Pakistan", "Pakistan's Punjab"), where the question
    (`prompt`) asks for a place; none when the text puts it nowhere. A name of `people` is
    no place, neither as the answer nor as the larger place."""
    if not _ASKS_PLACE.search(prompt):
        return ()
    told = tuple(texts)
    nobody = {name.casefold() for name in people}
    forms: list[str] = []
    for answer in answers:
        if answer.strip().casefold() in nobody:
            continue  # a person, asked for beside a place's kind ("the sheriff of Polk County")
        for larger in _larger(answer.strip(), told):
            if larger.casefold() in nobody:
                continue
            forms += [f"{answer} {larger}", f"{answer}, {larger}", f"{answer} in {larger}"]
            forms += [f"{answer} of {larger}", f"{larger}'s {answer}"]
    return tuple(forms)
