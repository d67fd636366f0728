"""Other ways chat writes the unit of a right answer: "130 miles per hour", "130 mi/h" for
"130 mph"; "8m", "8 m", "8 mtrs" for "8 metres"; "20 km/h" for "20 kph"; "6 tonnes per
hectare" or "6 tonnes" for "6 tonnes a hectare". Each is added to the
answers `matching` compares a typed answer with; another unit stays another ("8 ft", "130
km/h" for 130 mph). For `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["unit_spellings"]

# Each unit, the pattern that finds it after a number in an answer, and the ways it is typed.
_UNITS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"(?<=\d)\s*(?:mph|m\.p\.h\.?|miles?\s+(?:per|an|a)\s+hour)(?![\w.])", re.I),
        ("mph", "miles per hour", "miles an hour", "mi/h", "miles/hour", "mi per hour"),
    ),
    (
        re.compile(
            r"(?<=\d)\s*(?:km/h|kph|kmh|kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour)(?!\w)", re.I
        ),
        ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "km per hour"),
    ),
    (
        re.compile(r"(?<=\d)\s*(?:met(?:re|er)s?|mètres?)(?!\w)", re.I),
        ("m", "metres", "meters", "metre", "meter", "mtrs", "mtr", "mètres"),
    ),
)


# A rate at an answer's end, "a" or "an" and one word after an amount ("6 tonnes a hectare",
# "4,950 dong a kilo"): chat writes it "per hectare" or leaves it out, as it leaves out the
# unit of a bare number ("6 tonnes", "6"; docs/typed-answers.md, bare numbers).
_RATE = re.compile(r"(?<=[\d\w])\s+an?\s+([^\W\d_]{2,})\s*$", re.I)


def _rate_forms(answer: str) -> list[str]:
    found = _RATE.search(answer)
    if found is None or not any(char.isdigit() for char in answer[: found.start()]):
        return []
    return [f"{answer[: found.start()]} per {found[1]}", answer[: found.start()]]


@functools.lru_cache(maxsize=1024)
def _spellings(answer: str) -> tuple[str, ...]:
    forms: list[str] = _rate_forms(answer)
    for pattern, typed_as in _UNITS:
        if not pattern.search(answer):
            continue
        for unit in typed_as:
            forms += [pattern.sub(f" {unit}", answer), pattern.sub(unit, answer)]
    return tuple(dict.fromkeys(form for form in forms if form != answer))


def unit_spellings(answers: Sequence[str]) -> tuple[str, ...]:
    """The right answers with their unit written the other ways chat writes it."""
    return tuple(form for answer in answers for form in _spellings(answer))
