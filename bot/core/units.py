"""Units a number is counted in, for typed answers: "75 months" is not "75 years", "21
chapters" is not "21 pages" and "5 miles" is not "5 km", even where the right answer is the
bare number and a few words beside it are forgiven ("21 in total").

Units come in families of one kind of measure (time, length, parts of a document...). A guess
is in another unit when it names one of a family whose unit the question or a right answer
already names, and not that one. Words outside every family ("3000 soldiers" for troops) are
left to the rest of the matcher: only a unit of the same kind contradicts the question.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.answer_text import TIME_ABBREVIATIONS, read_tokens

__all__ = ["another_unit", "in_answers_words", "is_a_measure", "measures_in_brackets", "unit_of"]

# Each family: its units, each by the words typed for it (singular, plural, abbreviations).
_FAMILIES = {
    "time": {
        "year": "year years",
        "month": "month months",
        "week": "week weeks",
        "day": "day days",
        "hour": "hour hours",
        "minute": "minute minutes mins",
        "second": "seconds secs",  # never "second" alone: "the second half"
        "decade": "decade decades",
        "century": "century centuries",
        "millennium": "millennium millennia",
    },
    "document": {
        "page": "page pages pp pg pgs",
        "chapter": "chapter chapters",
        "paragraph": "paragraph paragraphs",
        "clause": "clause clauses",
        "volume": "volume volumes",
        "verse": "verse verses",
    },
    "length": {
        "kilometre": "km kms kilometre kilometres kilometer kilometers",
        "metre": "metre metres meter meters",
        "centimetre": "cm centimetre centimetres centimeter centimeters",
        "millimetre": "mm millimetre millimetres millimeter millimeters",
        "mile": "mile miles mi",
        "yard": "yard yards yd yds",
        "foot": "foot feet ft",
        "inch": "inch inches",
    },
    "mass": {
        "tonne": "tonne tonnes ton tons",
        "kilogram": "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes",
        "gram": "gram grams gramme grammes",
        "pound": "lb lbs",
        "ounce": "ounce ounces oz",
    },
    "area": {
        "hectare": "hectare hectares ha",
        "acre": "acre acres",
        # 1,000 square metres, as Iraq, Syria, Jordan and Palestine measure land
        "dunam": "dunam dunams dunum dunums donum donums",
    },
    "liquid": {
        "litre": "litre litres liter liters ltr ltrs",
        "gallon": "gallon gallons",
    },
    "temperature": {
        "celsius": "celsius centigrade",
        "fahrenheit": "fahrenheit",
    },
    "score": {
        "goal": "goal goals",
        "point": "point points pts",
        "run": "run runs",
        "wicket": "wicket wickets wkt wkts",
        # what a team's record counts: "5 goals" or "5 wins" is not five matches
        "match": "match matches game games",
        "win": "win wins victory victories",
    },
    # What befell the people counted: "465 deaths" is not 465 patients in hospital.
    "fate": {
        "death": "death deaths dead died die killed kill killing fatalities drowned",
        "missing": "missing",
        "injury": "injured wounded hurt injuries",
        "displaced": "displaced homeless",
        "arrest": "arrest arrested arrests detained",
    },
}
# A fate says what happened to those counted: named when the question names none, it is
# another claim ("465 deaths" when asked how many are in hospital), not a word beside a number.
_SAYS_WHAT_HAPPENED = frozenset({"fate"})
# Questions that count in years without naming them: an age, an anniversary.
_IN_YEARS = re.compile(r"\bhow old\b|\baged?\b|\banniversary\b|\bbirthday\b", re.IGNORECASE)
# A question that counts the games someone won ("how many games has he won"): a win is one.
_WON = re.compile(r"\bwon\b|\b(?:did|do|does)\b[^?]{0,40}\bwin\b", re.IGNORECASE)
# Every word typed for a unit, to its family and unit; abbreviations of time come read already
# ("75 yrs" reads "75 year").
_UNITS = {
    word: (family, unit)
    for family, units in _FAMILIES.items()
    for unit, words in units.items()
    for word in words.split()
}
_UNIT_WORDS = frozenset(_UNITS) | frozenset(TIME_ABBREVIATIONS)
_LETTER_RUNS = re.compile(r"[a-z]+")


# The families that measure (a week, a mile), not those that count events or fates.
_MEASURES = frozenset({"time", "document", "length", "mass", "area", "liquid", "temperature"})


# "how many series": the thing a question counts, when it names one.
_HOW_MANY = re.compile(r"\bhow many\s+([a-z]+)", re.IGNORECASE)
_NO_THING = frozenset(
    {"were", "was", "are", "is", "did", "do", "does", "have", "has", "had", "of", "more", "times"}
)


# Questions that ask a reading on a scale without units: a measure typed there is another
# figure of the article (a depth, a distance), never the reading.
_ON_A_SCALE = re.compile(r"\b(?:magnitude|richter scale|rating)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _counts_a_thing(context: str) -> bool:
    """Whether the question asks how many of a thing that is no unit ("how many series"), so
    that a measure typed after the number ("10 years") counts something else."""
    match = _HOW_MANY.search(context)
    return match is not None and match[1].casefold() not in _NO_THING | _UNITS.keys()


def unit_of(word: str) -> tuple[str, str] | None:
    """The family and unit a word names ("km" -> ("length", "kilometre")), or None."""
    return _UNITS.get(word)


def is_a_measure(word: str) -> bool:
    """Whether `word` names a unit that measures ("week", "weeks", "mile"), not a match, a
    goal or a fate."""
    return word in _UNITS and _UNITS[word][0] in _MEASURES


@functools.lru_cache(maxsize=1024)
def _units_named(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(_UNITS[word] for word in read_tokens(text) if word in _UNITS)


def another_unit(given: str, answers: Sequence[str], context: str) -> bool:
    """Whether `given` counts a number in another unit than the one a right answer or the
    question uses, of the same kind ("75 months" when asked how many years, "21 chapters" for
    a 21-page ruling, "35 months" when asked how old, "3 goals" for 3 points, "23 wickets" for a
    win by 23 runs), or says what
    befell those counted when the question does not ("465 deaths" for patients in hospital,
    "200 missing" when asked how many died)."""
    if (_UNIT_WORDS | {"m"}).isdisjoint(_LETTER_RUNS.findall(given.casefold())):
        return False  # the common case, without reading the guess
    tokens = read_tokens(given)
    if not any(token[:1].isdigit() for token in tokens):
        return False
    known = _units_named(context).union(*map(_units_named, answers))
    typed = {_UNITS[word] for word in tokens if word in _UNITS}
    if "m" in tokens and any(family == "length" for family, _ in known):
        typed.add(("length", "metre"))  # "12.15 m" beside feet: metres, not millions
    if not typed:
        return False
    if _IN_YEARS.search(context):
        known |= {("time", "year")}  # "35 months" when asked how old
    elif ("score", "match") in known and _WON.search(context):
        known |= {("score", "win")}  # "4 wins" asked how many games he won
    elif (
        not known
        and (_counts_a_thing(context) or _ON_A_SCALE.search(context))
        and any(f in _MEASURES for f, _ in typed)
    ):
        return True  # "10 years" asked how many series, "4.6 km" asked at what magnitude
    known_families = {family for family, _ in known} | _SAYS_WHAT_HAPPENED
    return any(family in known_families and (family, unit) not in known for family, unit in typed)


def measures_in_brackets(answers: Sequence[str], texts: Sequence[str]) -> tuple[str, ...]:
    """The same measure in another unit that a text gives in brackets right after a right
    answer ("20,000 acres" where a tested fact says "80,000 dunams (20,000 acres)"): a
    student who types the article's other figure has the fact. Brackets that count another
    thing ("607 families (3,035 individuals)") are no measure of the answer's kind."""
    found: list[str] = []
    for answer in answers:
        kinds = {family for family, _ in _units_named(answer) if family in _MEASURES}
        if not kinds:
            continue
        beside = re.compile(re.escape(answer.strip()) + r"\s*\(([^()]{1,40})\)", re.IGNORECASE)
        for text in texts:
            for match in beside.finditer(text):
                said = match[1].strip()
                if {family for family, _ in _units_named(said)} & kinds and any(
                    c.isdigit() for c in said
                ):
                    found.append(said)
    return tuple(found)


# A litre's symbol after a number ("170l", "170 l"), read only where a right answer says litres:
# elsewhere a lone "l" may be anything.
_LITRE_SYMBOL = re.compile(r"(?<=\d)\s*l\b", re.IGNORECASE)


def in_answers_words(given: str, answers: Sequence[str]) -> str | None:
    """`given` with each unit written as the right answers write it ("5km" read "5 kilometres"
    for "5 kilometres", "170l" read "170 litres" for "170 litres"), or None when it names no
    unit in another form than theirs."""
    if _LITRE_SYMBOL.search(given) and any(
        _UNITS.get(word) == ("liquid", "litre") for a in answers for word in read_tokens(a)
    ):
        given = _LITRE_SYMBOL.sub(" litre", given)
    if _UNIT_WORDS.isdisjoint(_LETTER_RUNS.findall(given.casefold())):
        return None
    written: dict[tuple[str, str], str] = {}
    for answer in answers:
        for word in read_tokens(answer):
            if word in _UNITS:
                written.setdefault(_UNITS[word], word)
    tokens = read_tokens(given)
    spelled = [written.get(_UNITS[word], word) if word in _UNITS else word for word in tokens]
    return " ".join(spelled) if spelled != tokens else None
