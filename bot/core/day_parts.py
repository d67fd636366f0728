"""The part of a day a briefing gives a weekday ("Friday afternoon", "on the morning of
Saturday"): a typed weekday with another part of that day ("friday morning", "vendredi matin",
"wednesday night" where the article says Wednesday morning) answers another moment, which a fair
teacher refuses; the same part, or one that fits it ("friday pm" for the afternoon, "night" for
the evening), is the day. A weekday the briefing gives no part of is left to the matcher; for
`quiz.judge`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from bot.core.answer_text import read_tokens
from bot.core.calendar_answers import WEEKDAY_NAMES, WEEKDAYS

__all__ = ["contradicts_part_of_day", "weekday_with_its_part"]

# Each word for a part of the day, English and French, and the part it says.
_PARTS = {
    "morning": "morning",
    "am": "morning",
    "matin": "morning",
    "matinee": "morning",
    "afternoon": "afternoon",
    "aprem": "afternoon",
    "evening": "evening",
    "soir": "evening",
    "soiree": "evening",
    "night": "night",
    "nite": "night",
    "nuit": "night",
    "overnight": "night",
    "pm": "pm",
    "early": "morning",  # news's "early Sunday"
}
# The parts a typed part fits: "pm" is any time after noon, evening and night run together.
_FITS = {
    "morning": frozenset({"morning"}),
    "afternoon": frozenset({"afternoon"}),
    "evening": frozenset({"evening", "night"}),
    "night": frozenset({"evening", "night"}),
    "pm": frozenset({"afternoon", "evening", "night"}),
}
_DAYS = "|".join(WEEKDAYS)
_STATED_PARTS = "morning|afternoon|evening|night"
# "Friday afternoon", "on the morning of Saturday 16 October".
_DAY_THEN_PART = re.compile(rf"\b({_DAYS})\s+({_STATED_PARTS})\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(rf"\b({_STATED_PARTS})\s+of\s+({_DAYS})\b", re.IGNORECASE)
# News's "early Saturday" is in its small hours, "late Saturday" in its evening or night.
_EARLY_OR_LATE = re.compile(rf"\b(early|late)\s+(?:on\s+)?({_DAYS})\b", re.IGNORECASE)
_EARLY_OR_LATE_PARTS = {"early": ("morning",), "late": ("evening", "night")}


def contradicts_part_of_day(
    given: str, answers: Sequence[str], texts: Iterable[str], own: Iterable[str] = ()
) -> bool:
    """Whether `given` names a weekday a right answer gives together with a part of the day
    that fits none of the parts the briefing's `texts` give that weekday ("friday morning"
    where they say "Friday afternoon"). The question's `own` facts, where they give that
    weekday a part, speak for it alone: "saturday afternoon" asked when a landslide hit
    "early Saturday", though a body was found on Saturday afternoon. Only where a right answer
    names a weekday."""
    asked = _weekdays_of(tuple(answers))
    if not asked:
        return False
    tokens = read_tokens(given)
    typed_days = {WEEKDAY_NAMES.get(t, t) for t in tokens} & asked
    if not typed_days:
        return False
    typed_parts = _typed_parts(tokens)
    if not typed_parts:
        return False  # the common case, without reading the briefing
    stated = _stated_parts(tuple(texts))
    stated_own = _stated_parts(tuple(own))
    for day in typed_days:
        given_parts = stated_own.get(day) or stated.get(day)
        if given_parts and any(_FITS[part].isdisjoint(given_parts) for part in typed_parts):
            return True
    return False


@functools.lru_cache(maxsize=512)
def _weekdays_of(answers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        WEEKDAY_NAMES.get(t, t) for answer in answers for t in read_tokens(answer)
    ) & frozenset(WEEKDAYS)


def _typed_parts(tokens: Sequence[str]) -> set[str]:
    parts = {_PARTS[t] for t in tokens if t in _PARTS}
    if ("apres", "midi") in set(itertools.pairwise(tokens)):
        parts.add("afternoon")  # "après-midi"
    return parts


@functools.lru_cache(maxsize=256)
def _stated_parts(texts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each weekday the texts give a part of the day, with those parts."""
    stated: dict[str, set[str]] = {}
    for text in texts:
        for day, part in _DAY_THEN_PART.findall(text):
            stated.setdefault(day.casefold(), set()).add(part.casefold())
        for part, day in _PART_OF_DAY.findall(text):
            stated.setdefault(day.casefold(), set()).add(part.casefold())
        for when, day in _EARLY_OR_LATE.findall(text):
            stated.setdefault(day.casefold(), set()).update(_EARLY_OR_LATE_PARTS[when.casefold()])
    return {day: frozenset(parts) for day, parts in stated.items()}


# Words a weekday and its part are said with: "on sunday morning", "sunday in the morning".
_LINKS = frozenset({"on", "in", "the", "a", "m", "p", "le", "du", "de", "la"})


def weekday_with_its_part(given: str, answers: Sequence[str]) -> bool | None:
    """Whether `given` is the weekday a right answer gives with a part of the day ("Sunday
    morning"), alone or with a part that fits ("sunday", "sun am", "early sunday", "dimanche
    matin": True), or with another part ("sunday night": False); None when no right answer is
    a weekday and its part, or `given` says more than a weekday and a part."""
    for answer in answers:
        wanted = _day_and_parts(tuple(read_tokens(answer)))
        if wanted is None or not wanted[1]:
            continue
        typed = _day_and_parts(tuple(read_tokens(given)))
        if typed is None or typed[0] != wanted[0]:
            return None
        return all(not _FITS[part].isdisjoint(wanted[1]) for part in typed[1])
    return None


@functools.lru_cache(maxsize=2048)
def _day_and_parts(tokens: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """The one weekday `tokens` name and the parts of the day they give it, or None when they
    name no weekday, two, or other words."""
    days = {WEEKDAY_NAMES.get(t, t) for t in tokens} & set(WEEKDAYS)
    if len(days) != 1:
        return None
    (day,) = days
    parts = _typed_parts(tokens)
    rest = [
        t
        for t in tokens
        if WEEKDAY_NAMES.get(t, t) != day
        and t not in _PARTS
        and t not in _LINKS
        and t not in ("apres", "midi")
    ]
    if rest:
        return None
    if "a" in tokens and "m" in tokens:
        parts.add("morning")  # "a.m."
    if "p" in tokens and "m" in tokens:
        parts.add("pm")
    return day, frozenset(parts)
