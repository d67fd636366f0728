"""A length or a mass typed in another unit than the answer's, worth the same once converted:
"40 km" for 25 miles, "286 miles" for 460 kilometres. A fair teacher accepts the article's
figure in the reader's own unit, rounded as people round it, in digits or in words ("six
miles" for 10 km); for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from bot.core import units
from bot.core.answer_text import read_tokens

__all__ = ["converted_reading"]

# Each unit's worth in its family's base unit (metres, kilograms).
_WORTH = {
    "kilometre": 1000.0,
    "metre": 1.0,
    "centimetre": 0.01,
    "millimetre": 0.001,
    "mile": 1609.344,
    "yard": 0.9144,
    "foot": 0.3048,
    "inch": 0.0254,
    "tonne": 1000.0,
    "kilogram": 1.0,
    "gram": 0.001,
    "pound": 0.45359237,
    "ounce": 0.028349523125,
}
# Words that may stand beside a measure without changing it ("about 40 km").
_BESIDE = frozenset({"about", "around", "roughly", "approximately", "i", "think", "its", "is"})


def _measure(text: str) -> tuple[Decimal, str] | None:
    """The one number of `text` and the unit after it ("40 km" -> 40, "kilometre"), when
    nothing but chat stands beside them; None otherwise."""
    tokens = read_tokens(text)
    found: list[tuple[Decimal, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit = units.unit_of(tokens[index + 1]) if index + 1 < len(tokens) else None
        if token[:1].isdigit() and unit is not None and unit[1] in _WORTH:
            try:
                found.append((Decimal(token), unit[1]))
            except InvalidOperation:
                return None
            index += 2
        elif token in _BESIDE:
            index += 1
        else:
            return None
    return found[0] if len(found) == 1 else None


# "Pounds" in words, which `units` leaves to money ("£88"): a weight where the answer is one.
_POUNDS = re.compile(r"\bpounds?\b", re.IGNORECASE)
# The units of mass; every other unit of `_WORTH` is a length.
_MASS = frozenset({"tonne", "kilogram", "gram", "pound", "ounce"})


def _family(unit: str) -> str:
    return "mass" if unit in _MASS else "length"


@functools.lru_cache(maxsize=512)
def _answers_measured(answers: tuple[str, ...]) -> tuple[tuple[str, tuple[Decimal, str]], ...]:
    return tuple((answer, said) for answer in answers if (said := _measure(answer)))


def converted_reading(given: str, answers: Sequence[str]) -> str | None:
    """The right answer that `given` is worth in another unit of the same measure, rounded
    no further than `given` is written ("40 km" for 25 miles, "286 mi" for 460 km); None
    otherwise."""
    said_all = _answers_measured(tuple(answers))
    if not said_all:
        return None  # the common case, without reading the guess
    typed = _measure(given)
    as_weight = typed is None and any(_family(said[1]) == "mass" for _, said in said_all)
    if as_weight:  # "88 pounds" for 40 kg: a weight, where money would be no answer at all
        typed = _measure(_POUNDS.sub("lb", given))
    if typed is None:
        return None
    value, unit = typed
    for answer, said in said_all:
        if as_weight and said == typed:
            return answer  # "88 pounds" for 88 lb
        if said[1] == unit or _family(said[1]) != _family(unit):
            continue
        in_typed_unit = float(said[0]) * _WORTH[said[1]] / _WORTH[unit]
        exponent = value.as_tuple().exponent
        step = 10.0 ** (exponent if isinstance(exponent, int) else 0)
        if abs(float(value) - in_typed_unit) <= max(step / 2, 0.01 * in_typed_unit):
            return answer
    return None
