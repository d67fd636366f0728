"""Words that lead a capitalised run but are not the name of the person it ends with.

"In June Obi said", "At Harbour Hall Obi said", "In Warri Ada Obi told": the object of a
preposition opening the sentence; "speaking in Lagos Obi said": a place after a lowercase
preposition; "Chief Minister Sindh Murad Ali Shah": a word the article uses elsewhere as a
place ("the division of Sindh"). The language says where the name starts; the article's
other mentions confirm it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    REGIONS,
    ROLE_NOUNS,
    WEEKDAYS,
    words,
)

__all__ = [
    "TIME_WORDS",
    "VENUE_WORDS",
    "after_a_place_preposition",
    "article_places",
    "object_length",
    "place_or_time",
    "used_as_a_name",
]

# Prepositions that open a sentence with a place or a time, never with the speaker.
PLACE_PREPOSITIONS = words("In At On Near Outside Inside Across Throughout During Beyond Opposite")
# Prepositions that open a sentence with a time or a clause ("Since Obi took office").
TIME_PREPOSITIONS = words("Since Until Till By Before After From Through")
_LOWER_PREPOSITION = re.compile(
    r"(?<![\w’'])(?:in|at|on|near|outside|inside|across|throughout|during)\s+$"
)
# Last words of a venue's name ("Harbour Hall", "Unity Stadium"): a place, not a first name.
VENUE_WORDS = words(
    """
    Hall House Centre Center Stadium Arena Market Station Airport Hotel Theatre Theater Mall
    Plaza Chapel Temple Mosque Gardens Garden Grounds Terminal Pier Wharf Quay Barracks Base
    Prison Jail Auditorium Campus Estate Village Town Complex Lodge Palace Tower Building
    """
)
TIME_WORDS = frozenset((*MONTHS, *WEEKDAYS)) | MONTH_ABBREVIATIONS
_KNOWN_PLACES = COUNTRIES | CITIES | REGIONS
_PLACE_WORDS = frozenset(w for place in COUNTRIES | CITIES | REGIONS for w in place.split())
_NAMED_AS_A_PLACE = re.compile(
    r"(?<![\w’'])(?:in|at|from|of|near|outside|across|throughout)\s+(?:the\s+)?"
    r"([A-Z][a-z][\w’'-]*)(?=[\s,.;:!?)]|$)(?!\s+[A-Z])"
)


def place_or_time(word: str, places: frozenset[str] = frozenset()) -> bool:
    """A month, a weekday, a known place or one of the article's, a venue or a body's word."""
    return (
        word in TIME_WORDS
        or word in VENUE_WORDS
        or word in PLACE_KEYWORDS
        or word in ORG_KEYWORDS
        or word in _PLACE_WORDS
        or word in places
    )


def object_length(
    text: str, run: Sequence[str], start: int, places: frozenset[str] = frozenset()
) -> int:
    """How many leading words of a capitalised run starting at text[start] are a
    preposition and its object: "In June" of "In June Ada Obi" (at least one word after a
    preposition opening the run), "Lagos" of "in Lagos Obi" (only known places or times
    after a lowercase one). 0 when the run does not follow a preposition; never the run's
    last word."""
    if run and run[0] in PLACE_PREPOSITIONS and len(run) >= 3:
        cut = 2
    elif run and run[0] in TIME_PREPOSITIONS:
        cut = 1  # "Since June Ada Obi": only a time is their object here
        while cut < len(run) - 1 and run[cut] in TIME_WORDS:
            cut += 1
        return cut if cut > 1 else 0
    elif _LOWER_PREPOSITION.search(text, max(0, start - 12), start):
        cut = 0
    elif _office_to_place(text, start):
        # Only a whole known place ("Sri Lanka", "Cairo"): "Minister for State Enterprises"
        # keeps its run whole ("State" alone is no place).
        for cut in range(len(run) - 1, 0, -1):
            lead = " ".join(run[:cut])
            if lead in _KNOWN_PLACES or (cut == 1 and lead in places):
                return cut
        return 0
    else:
        return 0
    while cut < len(run) - 1 and place_or_time(run[cut], places):
        cut += 1
    return cut


# "High Commissioner to Sri Lanka Riaz Hamidullah", "envoy for Yemen Hans Grundberg": an
# office held toward a place names the place between the office and the holder.
_OFFICE_TOWARD = re.compile(r"(?<![\w’'-])([A-Za-z-]+)\s+(?:to|for)\s+(?:the\s+)?$")


def _office_to_place(text: str, start: int) -> bool:
    """Whether the run at text[start] follows an office noun and "to" or "for"."""
    match = _OFFICE_TOWARD.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).casefold() in ROLE_NOUNS


_KIN = r"(?:family|death|loss|wife|husband|mother|father|son|daughter|children|friends|memory)"


def used_as_a_name(word: str, texts: Sequence[str]) -> bool:
    """ "Mr Chan", "Chan said", "Chris Hanley, 57,", "Chris's family": a person's word."""
    name = re.escape(word)
    pattern = re.compile(
        rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{name}\b)"
        rf"|(?:(?<![\w’']){name}(?:\s+[A-Z][\w’'-]+)?\s+(?:said|says|told|added|asked)\b)"
        rf"|(?:(?<![\w’']){name}\s+[A-Z][\w’'-]+,\s*\d{{1,3}},)"
        rf"|(?:(?<![\w’']){name}(?:’s|'s)\s+{_KIN}\b)"
    )
    return any(pattern.search(text) for text in texts)


def article_places(texts: Iterable[str]) -> frozenset[str]:
    """Words the article writes alone after "in", "at", "from", "of" ... ("in Delta", "the
    division of Sindh"): its places (or bodies), unless it also writes them as a person's
    ("Mr Chan", "Chan said")."""
    listed = list(texts)
    found = {m.group(1) for text in listed for m in _NAMED_AS_A_PLACE.finditer(text)}
    return frozenset(w for w in found if not used_as_a_name(w, listed))


def after_a_place_preposition(name: str, texts: Iterable[str]) -> bool:
    """Whether every place the article writes `name` follows "in", "at", "near" ...
    ("speaking in Warri Obi said"): its first word may be the preposition's object."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    starts = [(text, m.start()) for text in texts for m in pattern.finditer(text)]
    return bool(starts) and all(
        _LOWER_PREPOSITION.search(text, max(0, at - 12), at) for text, at in starts
    )
