"""The part of a month a briefing gives it ("late October", "early- to mid-October", "the end of
October"): a typed month with another part of it ("early october" where the article says late
October) answers another time, which a fair teacher refuses; the same part, or the month alone,
is the month. A month the briefing gives no part of is left to the matcher; for `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.core.answer_text import MONTH_ABBREVIATIONS, MONTHS, read_tokens

__all__ = ["contradicts_part_of_month"]

# Each word for a part of a month, English and French, and the part it says.
_PARTS = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "debut": "early",
    "mid": "mid",
    "middle": "mid",
    "mi": "mid",
    "late": "late",
    "end": "late",
    "fin": "late",
}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# "late October", "early- to mid-October", "mid-October", "the end of October".
_PART_THEN_MONTH = re.compile(
    rf"\b(early|mid|late)(?:-?\s*(?:to|and|or)\s+(early|mid|late))?[-\s]+({_MONTH_WORDS})\b",
    re.IGNORECASE,
)
_PART_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(beginning|start|middle|end)\s+of\s+({_MONTH_WORDS})\b", re.IGNORECASE
)


def contradicts_part_of_month(
    given: str, answers: Sequence[str], texts: Iterable[str], own: Iterable[str] = ()
) -> bool:
    """Whether `given` names a month a right answer gives together with a part of the month
    (early, mid, late) that is none of the parts the briefing's `texts` give that month. The
    question's `own` facts, where they give that month a part, speak for it alone. Only where
    a right answer names a month."""
    asked = _months_of(tuple(answers))
    if not asked:
        return False
    tokens = read_tokens(given)
    typed_months = {_month(t) for t in tokens} & asked
    if not typed_months:
        return False
    typed_parts = {_PARTS[t] for t in tokens if t in _PARTS}
    if not typed_parts:
        return False  # the common case, without reading the briefing
    stated = _stated_parts(tuple(texts))
    stated_own = _stated_parts(tuple(own))
    for month in typed_months:
        given_parts = stated_own.get(month) or stated.get(month)
        if given_parts and not typed_parts & given_parts:
            return True
    return False


def _month(token: str) -> str:
    return MONTH_ABBREVIATIONS.get(token, token)


@functools.lru_cache(maxsize=512)
def _months_of(answers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_month(t) for answer in answers for t in read_tokens(answer)) & frozenset(
        MONTHS
    )


@functools.lru_cache(maxsize=256)
def _stated_parts(texts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each month the texts give a part of, with those parts."""
    stated: dict[str, set[str]] = {}
    for text in texts:
        for first, second, month in _PART_THEN_MONTH.findall(text):
            parts = {first.casefold(), *([second.casefold()] if second else [])}
            stated.setdefault(month.casefold(), set()).update(parts)
        for part, month in _PART_OF_MONTH.findall(text):
            stated.setdefault(month.casefold(), set()).add(_PARTS[part.casefold()])
    return {month: frozenset(parts) for month, parts in stated.items()}
