"""A place or thing named in French by its kind and its name, as French speakers type it:
"comté de hays" is Hays County, "rivière blanco" the Blanco River, "aéroport de bagdad" Baghdad
airport, "un barrage" a dam. The reading written here puts the kind in English after the name,
as English answers write it, for `matching.is_correct`.
"""

from __future__ import annotations

import re

from bot.core.answer_text import clean

__all__ = ["english_kind_reading"]

# French kinds of place or thing (without accents) and their English words.
_KINDS = {
    "comte": "county",
    "riviere": "river",
    "fleuve": "river",
    "aeroport": "airport",
    "province": "province",
    "district": "district",
    "region": "region",
    "ile": "island",
    "iles": "islands",
    "mer": "sea",
    "lac": "lake",
    "musee": "museum",
    "stade": "stadium",
    "hopital": "hospital",
    "ecole": "school",
    "universite": "university",
    "pont": "bridge",
    "barrage": "dam",
    "baie": "bay",
    "golfe": "gulf",
    "gare": "station",
    "consulat": "consulate",
    "ambassade": "embassy",
    "tribunal": "court",
    "base": "base",
    "bases": "bases",
}
# A quick look for a kind's word as typed, accents or not, before reading the guess.
_MAY_NAME_A_KIND = re.compile(
    r"comt|rivi|fleuve|roport|province|district|gion|[iî]le|mer\b|lac\b|mus[ée]e|stade|pital|cole|"
    r"universit|pont|barrage|baie|golfe|gare|consulat|ambassade|tribunal|bases?\b",
    re.IGNORECASE,
)
# Articles and the "of" that join a kind to its name ("le comté de hays", "l'aéroport").
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des"})
_OF = frozenset({"de", "du", "des", "d"})


def english_kind_reading(given: str) -> str | None:
    """`given` ("le comté de hays", "un barrage") as English writes it ("hays county", "dam"),
    when it is a French kind with or without a name after it; None otherwise."""
    if not _MAY_NAME_A_KIND.search(given):
        return None  # the common case, without reading the guess
    words = clean(given).replace("'", " ").replace("’", " ").replace("-", " ").split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if not words or words[0] not in _KINDS:
        return None
    kind, name = _KINDS[words[0]], words[1:]
    if name and name[0] in _OF:
        name = name[1:]
    elif kind == words[0]:
        return None  # "province 5", "base": English as typed, no French to read
    return " ".join([*name, kind])
