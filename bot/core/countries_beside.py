"""A number typed with the country it happened in ("43 in pakistan", "7.2 in iran"): the
country must be one the facts the question tests name as a place, or the guess puts the
number in another country ("7.2 in iran" for a 7.2 quake in eastern Turkey that was felt near
the Iranian border), which a fair teacher refuses; for `quiz.judge`.

Only a country's own name counts as naming it, with its possessive ("Iran's province"): its
people's word ("the Iranian border") says where something is beside, not where it happened.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from bot.core.answer_text import normalize, read_tokens
from bot.core.matching import countries_by_name

__all__ = ["number_in_another_country"]


def _countries() -> dict[str, str]:
    """Each country's code by its English names, normalised ("turkey", "turkiye": "TR")."""
    return {name: code for name, code in countries_by_name().items() if code.isalpha()}


@functools.cache
def _in_a_country() -> re.Pattern[str]:
    names = sorted(_countries(), key=len, reverse=True)
    return re.compile(rf"\d\S*(?: \w+)? in (?:the )?({'|'.join(map(re.escape, names))})$")


def number_in_another_country(given: str, tested: Iterable[str]) -> bool:
    """Whether `given` ends with a number said to be "in" a country that none of the `tested`
    texts names, while they name another ("7.2 in iran" beside "hit eastern Turkey")."""
    if " in " not in given.casefold():
        return False  # the common case, without reading the guess
    match = _in_a_country().search(normalize(given))
    if match is None:
        return False
    countries = _countries()
    words = [set(read_tokens(text)) for text in tested]
    named = {
        code
        for name, code in countries.items()
        if any(
            set(name.split()) <= said or (" " not in name and f"{name}s" in said) for said in words
        )
    }
    return bool(named) and countries[match[1]] not in named
