"""Lengths of time typed any way a student writes them: "4:05", "4m 5s", "4 min 5 sec",
"quatre minutes et cinq secondes" for "four minutes and five seconds"; "a fortnight",
"2 weeks", "15 days" for "a little over two weeks"; "7 days", "une semaine" for "about a week";
"a week", "7 days" for "a full week".

Where a right answer is a length of time in units, a typed length is compared by its seconds:
the same length is right, another is wrong ("5:04", "4 minutes"). An answer that says it is
rough ("about", "a little over", "nearly") takes a length within a sixth of it; an exact one
within a thirtieth (a month is 30 days, a year 365). Typed words other than the length, its
units and a few links ("and", "by", "about") leave the answer to the rest of the matcher;
for `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.amounts import names_a_currency
from bot.core.answer_text import read_tokens
from bot.core.french_numbers import french_number_reading

__all__ = ["same_length_of_time"]

_DAY = 86_400
# Each word for a unit of time, English and French, in seconds.
_UNITS = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "seconde", "secondes"), 1),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "mn"), 60),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "heure", "heures"), 3_600),
    **dict.fromkeys(("d", "day", "days", "jour", "jours"), _DAY),
    **dict.fromkeys(("wk", "wks", "week", "weeks", "semaine", "semaines"), 7 * _DAY),
    **dict.fromkeys(("fortnight", "fortnights"), 14 * _DAY),
    **dict.fromkeys(("month", "months", "mois"), 30 * _DAY),
    **dict.fromkeys(("year", "years", "yr", "yrs", "an", "ans", "annee", "annees"), 365 * _DAY),
}
# Units a bare number after them counts the next smaller of: "4 minutes 5" is 4:05.
_NEXT_SMALLER = {3_600: 60, 60: 1}
# Words for one, before a unit: "a week", "une semaine", "half a year".
_ONE = {"a": 1.0, "an": 1.0, "one": 1.0, "un": 1.0, "une": 1.0, "half": 0.5, "demi": 0.5}
# Words a length is said with, that leave it the same length.
_LINKS = frozenset({"and", "et", "by", "of", "about", "around", "roughly", "approximately",
                    "approx", "exactly", "just", "some", "environ", "in", "the", "le", "la",
                    "de", "than", "more", "ago", "il", "y",
                    "i", "think", "lol", "prob", "its", "it", "was", "is", "s",
                    # "a full week", "a whole week", "four straight days": the same length
                    "full", "whole", "entire", "straight", "solid", "complete",
                    "entiere", "entera", "entero", "inteira", "inteiro"})  # fmt: skip
# Units that say one of them without a number ("week", "fortnight"), never a plural.
_ONE_UNIT = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year",
                       "seconde", "heure", "jour", "semaine", "mois", "an", "annee"})  # fmt: skip
# Words that say an answer's length is rough.
_ROUGH = frozenset({"about", "around", "roughly", "approximately", "approx", "nearly",
                    "almost", "over", "little", "bit", "just", "some", "under", "environ",
                    "plus"})  # fmt: skip
# "4:05", "4'05", "4'05\"": minutes and seconds, or hours and minutes as a clock writes them.
_CLOCK = re.compile(r"\b(\d{1,2})\s*[:'’]\s*(\d{2})\b\"?")
# "4m", "5s", "4min05", "2wks": a number run into its unit.
_GLUED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)(\d*)$")


# A length said as a rate: "24 hours a day", "8 hrs per week", "24h/day".
_RATE = re.compile(
    r"(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?)\s*"
    r"(?:\b(?:a|an|per|each|every)\s+|/\s*)(?:day|week|month|year|night)\b",
    re.IGNORECASE,
)


def same_length_of_time(given: str, answers: Sequence[str]) -> bool | None:
    """Whether `given` is the length of time a right answer gives in units (True), another
    length (False), or None when an answer is no such length or `given` is not one alone (nor
    when it says a rate, "24 hours a day": the rest of the matcher reads it beside the question)."""
    if _RATE.search(given):
        return None
    for answer in answers:
        wanted = _length(answer, clock_as=None)
        if wanted is None:
            continue
        seconds, rough, units = wanted
        typed = _length(given, clock_as=_clock_unit(seconds))
        if typed is None:
            return None
        # a month in days or weeks is only about the same length; in months, exactly
        converted = typed[2] != units and seconds >= 28 * _DAY
        margin = seconds / 6 if rough else seconds / 30 if converted else 0
        return abs(typed[0] - seconds) <= margin
    return None


def _clock_unit(seconds: float) -> int:
    """What the first number of a typed "4:05" counts: minutes under an hour, else hours."""
    return 60 if seconds < 3_600 else 3_600


@functools.lru_cache(maxsize=2048)
def _length(text: str, clock_as: int | None) -> tuple[float, bool, frozenset[int]] | None:
    """The seconds `text` says, whether it says them roughly and in which units, or None when
    it says no length of time in units, or more than one, or other words beside it. A sum of
    money is none ("£300m" is 300 million pounds, not 300 minutes)."""
    if names_a_currency(text):
        return None
    folded = text.casefold()
    if clock_as is not None:
        folded = _CLOCK.sub(
            lambda m: (
                f" {m[1]} {'min' if clock_as == 60 else 'h'} {m[2]} "
                f"{'sec' if clock_as == 60 else 'min'} "
            ),
            folded,
        )
        if clock_as == 60:
            # "4.05" for four minutes five seconds, only with no unit typed
            folded = re.sub(r"^\s*(\d{1,2})\.(\d{2})\s*$", r"\1 min \2 sec", folded)
    folded = re.sub(r"\bor so\b", " ", folded)  # "a week or so"
    folded = french_number_reading(folded) or folded
    tokens: list[str] = []
    for token in read_tokens(folded):
        glued = _GLUED.match(token)
        if glued and glued[2] in _UNITS:
            tokens += [glued[1], glued[2], *([glued[3]] if glued[3] else [])]
        else:
            tokens.append(token)
    total = 0.0
    rough = False
    units: set[int] = set()
    number: float | None = None
    last_unit: int | None = None
    for token in tokens:
        if _is_number(token):
            if number is not None:
                return None
            number = float(token)
        elif token in _ONE and number is None:
            number = _ONE[token]
        elif token in ("a", "an", "un", "une") and number == _ONE["half"]:
            continue  # "half a year"
        elif token in _UNITS:
            if number is None:
                if token not in _ONE_UNIT:
                    return None  # "hours": how many?
                number = 1.0  # "week" (its article read past), "fortnight"
            total += number * _UNITS[token]
            last_unit, number = _UNITS[token], None
            units.add(last_unit)
        elif token in _ROUGH or token in _LINKS:
            rough = rough or token in _ROUGH
        else:
            return None
    if number is not None:
        if last_unit not in _NEXT_SMALLER:
            return None
        total += number * _NEXT_SMALLER[last_unit]
    return (total, rough, frozenset(units)) if units else None


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True
