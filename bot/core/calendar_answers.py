"""Readings of a typed answer that a calendar answer makes plain: a month or a weekday cut
short ("feb", "thurs") or in French ("dimanche"), a year beside a month when only the month is
asked ("feb 2025"), a weekday with the word before it that says when ("until sunday", "last
friday", "late on saturday") or the part of the day after it ("sunday night", "samedi matin"),
and a date in numbers whose order nobody can tell ("7/6/2020", "6/7/2020") read both ways when
the answer is a date; where the
answer is a day and a month without a year, the day and month in numbers either way ("17/3",
"3/17"), with a year beside them ("17 march 2021") or a word before them ("until march 17");
where the answer is a whole date, a numeric one with the year's last two digits ("13/10/21")
and its day and month without the year ("oct 13").

`answer_text` reads a month's short form only beside a number, and a numeric date only when
its order is plain ("24/02/2022"): these readings add the rest where the right answers are a
month, a weekday or a whole date, for `matching.is_correct`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import MONTH_ABBREVIATIONS, MONTHS, clean, read_tokens

__all__ = ["WEEKDAYS", "WEEKDAY_NAMES", "calendar_readings", "month_asked_reading"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBREVIATIONS = {
    short: day
    for day in _WEEKDAYS
    for short in {day[:3], day[:4], *(("tues",) if day == "tuesday" else ()), "thur", "thurs"}
    if day.startswith(short)
} | {"weds": "wednesday"}
# Weekdays in French, the bot's other language ("dimanche" for Sunday).
_FRENCH_WEEKDAYS = dict(
    zip(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        _WEEKDAYS,
        strict=True,
    )
)
# and in Spanish, as months are read in Spanish ("lunes" for Monday)
_SPANISH_WEEKDAYS = dict(
    zip(
        ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
        _WEEKDAYS,
        strict=True,
    )
)
# and in Portuguese, where Monday to Friday are the second to sixth "feira" ("segunda-feira"),
# read only with "feira" after them ("segunda" alone is "second")
_PORTUGUESE_FEIRAS = dict(
    zip(("segunda", "terca", "quarta", "quinta", "sexta"), _WEEKDAYS[:5], strict=True)
)
_WEEKDAY_NAMES = _WEEKDAY_ABBREVIATIONS | _FRENCH_WEEKDAYS | _SPANISH_WEEKDAYS
WEEKDAYS = _WEEKDAYS
WEEKDAY_NAMES = _WEEKDAY_NAMES  # each short, French or Spanish weekday with the English one
# Words before a weekday or month that say when it falls, read past when one is asked.
_BEFORE_DAY = frozenset(
    {"on", "until", "till", "til", "since", "by", "last", "this", "that", "late", "early"}
)
_NAMED = frozenset({*_WEEKDAYS, *MONTHS})
# The part of the day after a weekday ("saturday night"), read past when a weekday is asked.
_PART_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "nite", "am", "pm"}
    | {"matin", "soir", "soiree", "nuit", "apres", "midi", "aprem"}  # French ("après-midi")
)
# "17/3", "3/17": a day and a month in numbers without a year.
_DAY_AND_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The year said as this year or last: detail beside a month that is asked alone.
_SAID_YEAR = frozenset({"this", "last", "next"})
_AMBIGUOUS_DATE = re.compile(
    r"(?<![\d/.-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2((?:1[89]|20)\d\d)(?![\d/.-])"
)


def calendar_readings(given: str, answers: Sequence[str]) -> list[str]:
    """The other readings of `given` that the right `answers` make plain (each only when it
    changes the guess): a month or weekday cut short, and a year beside the month, when an
    answer is a month or a weekday alone; a numeric date in either order when an answer is a
    day, month and year."""
    readings: list[str] = []
    day_or_month, whole_date, day_of_month = _kinds(tuple(answers))
    if day_or_month:
        reading = _named_in_full(read_tokens(given))
        if reading is not None:
            readings.append(reading)
        if (beside := _named_beside_asides(given)) is not None:
            readings.append(beside)  # "pas juillet, juin": "pas july, june", its comma kept
    if (whole_date or day_of_month) and (joined := _without_de(given)) is not None:
        given = joined  # "15 de febrero de 2021"
        readings.append(given)
    if whole_date:
        readings += _both_orders(clean(given))
        readings += _year_put_back(clean(given), _years_of(tuple(answers)))
        readings += _the_dates_year_added(given, _years_of(tuple(answers)))
    if day_of_month:
        readings += _day_and_month(clean(given))
    return readings


_WORDS_AND_MARKS = re.compile(r"[^\W\d_]+")
_ASIDE_MARKS = re.compile(r"[,;(]")


def _named_beside_asides(given: str) -> str | None:
    """`given` with each month or weekday cut short or in another language written out in
    English, its commas and brackets kept, so an aside around it reads as it does in English
    ("pas juillet, juin" -> "pas july, june"); None without an aside's mark or a change."""
    if not _ASIDE_MARKS.search(given):
        return None
    text = clean(given)
    read = _WORDS_AND_MARKS.sub(
        lambda m: MONTH_ABBREVIATIONS.get(m[0], _WEEKDAY_NAMES.get(m[0], m[0])), text
    )
    return read if read != text else None


def _without_de(given: str) -> str | None:
    """A date written the Spanish or Portuguese way ("15 de febrero de 2021") without its
    "de", or None when it has none beside a month."""
    tokens = read_tokens(given)
    if "de" not in tokens or not any(MONTH_ABBREVIATIONS.get(t, t) in MONTHS for t in tokens):
        return None
    return " ".join(t for t in tokens if t != "de")


# "In which month did ...?", "what month"; never "in which month and year"
_ASKS_MONTH = re.compile(
    r"\b(?:which|what)\s+month\b(?!\s*(?:and|&|,|/)\s*(?:the\s+|which\s+)?year)", re.IGNORECASE
)


def month_asked_reading(given: str, answers: Sequence[str], context: str) -> str | None:
    """`given` with the answer's year after its month, where the question asks which month,
    the answer is a month and its year and `given` names one month and no year ("jan" for
    January 2025, asked in which month); None otherwise."""
    if not _ASKS_MONTH.search(context):
        return None
    tokens = [MONTH_ABBREVIATIONS.get(t, t) for t in read_tokens(given)]
    places = [i for i, t in enumerate(tokens) if t in MONTHS]
    if len(places) != 1 or any(_YEAR.fullmatch(t) for t in tokens):
        return None
    for answer in answers:
        shape = read_tokens(answer)
        if len(shape) == 2 and shape[0] in MONTHS and _YEAR.fullmatch(shape[1]):
            at = places[0] + 1
            return " ".join([*tokens[:at], shape[1], *tokens[at:]])
    return None


@functools.lru_cache(maxsize=512)
def _kinds(answers: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Whether an answer is a month or weekday alone, whether one is a whole date, and whether
    one is a day and a month without a year."""
    shapes = [read_tokens(answer) for answer in answers]
    alone = any(len(s) == 1 and (s[0] in MONTHS or s[0] in _WEEKDAYS) for s in shapes)
    day_of_month = any(_is_day_of_month(shape) for shape in shapes)
    return alone, any(_is_whole_date(shape) for shape in shapes), day_of_month


def _feiras_named(tokens: list[str]) -> list[str]:
    """The words with each Portuguese weekday ("segunda feira", "sexta-feira") as its English
    name ("monday", "friday")."""
    if "feira" not in tokens:
        return tokens
    named: list[str] = []
    for token in tokens:
        if token == "feira" and named and named[-1] in _PORTUGUESE_FEIRAS:
            named[-1] = _PORTUGUESE_FEIRAS[named[-1]]
        else:
            named.append(token)
    return named


def _named_in_full(tokens: list[str]) -> str | None:
    """The words with each month or weekday cut short written out and a year beside a month
    left out ("feb 2025" -> "february"), or None when nothing changes."""
    named = _feiras_named(tokens)  # "segunda-feira" for Monday
    words = [MONTH_ABBREVIATIONS.get(t, _WEEKDAY_NAMES.get(t, t)) for t in named]
    kept: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        after_month = bool(kept) and kept[-1] in MONTHS
        after_day = bool(kept) and kept[-1] in _WEEKDAYS
        if word in _BEFORE_DAY and words[index + 1 : index + 2] and words[index + 1] in _NAMED:
            index += 1  # "until sunday", "last november"
        elif (
            word == "late"
            and words[index + 1 : index + 2] == ["on"]
            and _named_at(words, index + 2)
        ):
            index += 1  # "late on saturday": "on" goes next
        elif after_day and word in _PART_OF_DAY:
            index += 1  # "saturday night"
        elif after_month and _YEAR.fullmatch(word):
            index += 1  # "july 2018" when asked which month
        elif after_month and word in _SAID_YEAR and words[index + 1 : index + 2] == ["year"]:
            index += 2  # "july this year"
        else:
            kept.append(word)
            index += 1
    return " ".join(kept) if kept != tokens else None


def _named_at(words: list[str], index: int) -> bool:
    return index < len(words) and words[index] in _NAMED


def _is_whole_date(tokens: list[str]) -> bool:
    return any(t in MONTHS for t in tokens) and sum(t.isdigit() for t in tokens) == 2


def _is_day_of_month(tokens: list[str]) -> bool:
    """Whether the words are a day and a month, nothing else ("March 17", "9 February")."""
    return (
        len(tokens) == 2
        and sum(t in MONTHS for t in tokens) == 1
        and any(t.isdigit() and 1 <= int(t) <= 31 for t in tokens)
    )


def _day_and_month(text: str) -> list[str]:
    """A day and a month in numbers read each way that makes a date ("17/3", "3/17" -> "17
    march"), or a day and a month read without a year beside them or a word before them that
    says when ("17 march 2021", "until 17 march")."""
    match = _DAY_AND_MONTH.match(text.strip())
    if match is None:
        tokens = read_tokens(text)
        when = tokens[1:] if tokens[:1] and tokens[0] in _BEFORE_DAY else tokens  # "until feb 9"
        years = [t for t in when if _YEAR.fullmatch(t)]
        day = [t for t in when if t not in years]
        if len(years) <= 1 and day != tokens and _is_day_of_month(day):
            return [" ".join(day)]
        return []
    first, second = int(match[1]), int(match[2])
    return [
        f"{day} {MONTHS[month - 1]}"
        for day, month in {(first, second), (second, first)}
        if 1 <= day <= 31 and 1 <= month <= 12
    ]


# "13/10/21": a day, a month and a year's last two digits, in either order.
_SHORT_YEAR_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d\d)$")


@functools.lru_cache(maxsize=512)
def _years_of(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The years of the answers that are a whole date."""
    shapes = [read_tokens(answer) for answer in answers]
    return tuple(
        {t for shape in shapes if _is_whole_date(shape) for t in shape if _YEAR.fullmatch(t)}
    )


def _year_put_back(text: str, years: Sequence[str]) -> list[str]:
    """A day and a month in numbers with the last two digits of the year of a date that is
    asked, read with the whole year ("13/10/21" -> "13 october 2021", "10/13/21" too)."""
    short = _SHORT_YEAR_DATE.match(text.strip())
    if short is None or len(years) != 1 or not years[0].endswith(short[3]):
        return []
    return [f"{day_month} {years[0]}" for day_month in _day_and_month(f"{short[1]}/{short[2]}")]


def _the_dates_year_added(given: str, years: Sequence[str]) -> list[str]:
    """A day and a month typed without a year, with the year of the date asked ("oct 13" ->
    "13 october 2021"): the year is the one thing a reader leaves out of a date, and a year
    typed beside them is read as typed, or its last two digits ("feb 15 21"); a word before
    them that says when ("since") goes."""
    words = [MONTH_ABBREVIATIONS.get(t, t) for t in read_tokens(given)]
    if words[:1] and words[0] in _BEFORE_DAY:
        words = words[1:]  # "since june 25", "on oct 13"
    if len(years) != 1:
        return []
    typed = re.findall(r"\d+", given)
    if len(words) == 3 and typed and len(typed[-1]) == 2 and years[0].endswith(typed[-1]):
        words = words[:2]  # "feb 15 21", "25 jun 07": the year's last two digits
    if _is_day_of_month(words):
        return [" ".join([*words, years[0]])]
    if len(words) > 2 and _is_day_of_month(words[:2]) and not any(_has_digit(w) for w in words[2:]):
        # chat after them ("13 october i think", "13 octobre je crois"): the year goes beside
        # the day and month, and the rest is judged as if typed after the whole date
        return [" ".join([*words[:2], years[0], *words[2:]])]
    return []


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _both_orders(text: str) -> list[str]:
    """`text` with a numeric date of unclear order read day first, then month first."""
    match = _AMBIGUOUS_DATE.search(text)
    if match is None or int(match[1]) == int(match[3]):
        return []
    first, second, year = int(match[1]), int(match[3]), match[4]
    return [
        f"{text[: match.start()]}{day} {MONTHS[month - 1]} {year}{text[match.end() :]}"
        for day, month in ((first, second), (second, first))
    ]
