"""The larger places a briefing puts a place in, as its own text says it: "Pakistan's Punjab
province", "Gagbiri in the Tempane constituency" (never a comma, which also lists places side
by side: "Niger, Ogun"). A student may name the
larger place after the answer ("punjab pakistan", "gagbiri, tempane", "punjab in pakistan"),
which a gazetteer cannot tell for a county, a village or a province; a place the briefing does
not put it in ("punjab india") stays wrong. The question's own word for a country's people puts
the answer in that country ("edo state, nigeria" at "Which Nigerian state"). For `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.core import gazetteer, place_names
from bot.core.answer_text import normalize
from bot.core.demonyms import PEOPLES

__all__ = ["with_larger_places"]

# One to three capitalised words: a place's name ("Upper East Region", "Kashmir").
_NAME = r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2}"
# Kinds of place a name may carry before the larger place ("Tana River county in ...").
_KIND_WORDS = r"(?i:county|region|province|state|district|sector|constituency|village|town|city)"
_KINDS = rf"(?:\s+{_KIND_WORDS})?"


@functools.lru_cache(maxsize=512)
def _larger(place: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    named = f"(?i:{re.escape(place)})"
    after = re.compile(rf"\b{named}{_KINDS}\s+(?:in|of)\s+(?:the\s+)?({_NAME})")
    before = re.compile(rf"\b({_NAME})(?:'s|’s)\s+{named}\b")
    # "Caravelí, a province of Arequipa": the kind of place after a comma, then the larger one
    beside = re.compile(
        rf"\b{named},\s+(?:a|an|the)\s+(?:\w+\s+)?{_KIND_WORDS}\s+(?:in|of)\s+"
        rf"(?:the\s+)?({_NAME})"
    )
    # "Benin City, the capital of Edo State", "Benin City, Edo State's capital"
    capital = re.compile(
        rf"\b{named},\s+(?:the\s+)?(?:\w+\s+)?capital\s+of\s+(?:the\s+)?({_NAME})"
        rf"|\b{named},\s+({_NAME})(?:'s|’s)\s+(?:\w+\s+)?capital\b"
    )
    found: list[str] = []
    for text in texts:
        for match in capital.finditer(text):
            larger = match.group(1) or match.group(2)
            if larger.casefold() != place.casefold():
                found.append(larger)
        for pattern in (after, before, beside):
            for match in pattern.finditer(text):
                larger = match.group(1)
                if larger.casefold() != place.casefold():
                    found.append(larger)
    return tuple(dict.fromkeys(found))


# Where one sentence of a text ends and the next begins.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


@functools.lru_cache(maxsize=512)
def _countries_beside(place: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The countries a sentence of `texts` that names `place` also names ("Vava'u, a remote
    island chain in the Kingdom of Tonga": Tonga; "Mindanao, the second-largest island of the
    Philippines": Philippines), never the place itself, nor one a gazetteer puts it outside
    ("Abu Dhabi" beside Brazil), nor any beside a place that is a country."""
    codes = {name.casefold(): code for code, name in place_names.english_names().items()}
    if place.casefold().removeprefix("the ") in codes:
        return ()  # a country itself: a second country beside it is a second answer
    listed = gazetteer.places_in(normalize(place))  # where a gazetteer puts a town, if it does
    found: list[str] = []
    sentences = [part for text in texts for part in _SENTENCE_BREAK.split(text)]
    for text in sentences:
        if not re.search(rf"(?i)\b{re.escape(place)}\b", text):
            continue
        found += [
            m[0]
            for m in _country_names().finditer(text)
            if m[0].casefold() != place.casefold()
            and (not listed or codes.get(m[0].casefold()) in listed)
        ]
    return tuple(dict.fromkeys(found))


@functools.cache
def _country_names() -> re.Pattern[str]:
    """Every country's English name (two letters codes only, no regions) as one pattern."""
    names = sorted(
        (name for code, name in place_names.english_names().items() if code.isalpha()),
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


@functools.lru_cache(maxsize=512)
def _countries_of_people_asked(prompt: str, place: str) -> tuple[str, ...]:
    """The country whose people's word the question itself uses ("Which Nigerian state",
    "Which Greek island": Nigeria, Greece): the answer lies in it, whatever the briefing says;
    never the answer itself."""
    return tuple(
        country
        for country, peoples in PEOPLES.items()
        if country.casefold() != place.casefold()
        and any(re.search(rf"\b{re.escape(people)}\b", prompt) for people in peoples)
    )


# A question that asks for a place: where, or which place of a kind.
_ASKS_PLACE = re.compile(
    r"\bwhere\b|\b(?:which|what)\b.*\b(?:county|region|province|state|district|sector"
    r"|constituency|village|community|town|city|country|area|road|street|neighbourhood"
    r"|island|islands|archipelago)\b",
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
        larger_places = (
            _larger(answer.strip(), told)
            + _countries_beside(answer.strip(), told)
            + _countries_of_people_asked(prompt, answer.strip())
        )
        places = _named_with_kinds(answer.strip(), prompt)
        for larger in dict.fromkeys(larger_places):
            if larger.casefold() in nobody:
                continue
            for place in places:
                for outer in dict.fromkeys((larger, _without_kind(larger))):
                    forms += [f"{place} {outer}", f"{place}, {outer}", f"{place} in {outer}"]
                    forms += [f"{place} of {outer}", f"{outer}'s {place}"]
    return tuple(forms)


_LAST_KIND = re.compile(rf"\s+{_KIND_WORDS}$")


def _without_kind(name: str) -> str:
    """A place's name without the kind word it ends with ("Edo State": "Edo"), as students
    type it before or after another place."""
    return _LAST_KIND.sub("", name)


def _named_with_kinds(answer: str, prompt: str) -> tuple[str, ...]:
    """The answer, without its last kind word ("Upper East Region": "Upper East") and with
    the kind the question asks for ("In which province": "Caravelí province")."""
    asked = re.search(rf"\b(?:which|what)\s+({_KIND_WORDS})\b", prompt)
    with_asked = (f"{_without_kind(answer)} {asked[1].casefold()}",) if asked else ()
    forms: dict[str, str] = {}
    for form in (answer, _without_kind(answer), *with_asked):
        forms.setdefault(form.casefold(), form)  # "Hays county" is "Hays County"
    return tuple(forms.values())
