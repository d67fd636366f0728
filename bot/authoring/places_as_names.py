"""Capitalised names that are places or weather, never people (round 32).

Reading of English news prose: a name is a place when its last word is a kind of built
place no surname is ("Tarbela Dam", "Akwata-Garki Market", "Jinnah Hospital"), when it is a
named storm ("Tropical Storm Barry", "Hurricane Ida", "Cyclone Idai"), or when the article
writes it right before a lowercase noun of a place ("at Preah Vihear temple", "Preah Vihear
provincial education department director", "in Sampov Loun district"): people are not
written so. Such a name is no speaker and no figure, unless the article also writes it as a
person's ("Mr Vihear", "Preah Vihear said"): a place's own words settle it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words
from bot.authoring.name_leads import used_as_a_name

__all__ = ["place_like_name"]

# Last words of places that are no one's surname ("Temple", "Hall", "Church" are).
_BUILT_PLACES = words(
    """
    Dam Barrage Canal Market Bazaar Mall Airport Airfield Stadium Hospital Mosque Cathedral
    Highway Expressway Motorway Junction Roundabout Terminal Racecourse
    """
)
# The words before a storm's given name ("Tropical Storm Barry", "Super Typhoon Haiyan").
_STORMS = re.compile(
    r"^(?:(?:Tropical|Subtropical|Winter) (?:Storm|Depression)|Hurricane|(?:Super )?Typhoon|"
    r"(?:Severe )?(?:Tropical )?Cyclone) "
)
# Lowercase nouns of places that follow a place's name ("Preah Vihear temple", "the Ekiti
# state government", "Choam Ksan district"), and the adjective of a province's office.
_PLACE_NOUN_AFTER = (
    r"\s+(?:temple|province|provincial|district|region|regional|county|municipality|municipal|"
    r"village|town|township|city|state|prefecture|governorate|division|valley|river|dam|"
    r"market|airport|border|camp)\b"
)
_PLACE_NOUN = re.compile(_PLACE_NOUN_AFTER)
_NAME_CHAR = re.compile(r"[\w’'-]")


def place_like_name(name: str, texts: Sequence[str]) -> bool:
    """Whether the name `name` (two words or more) is a place or a storm by its own words,
    or by the lowercase place noun the article writes after it, and never a person's."""
    parts = name.split()
    if len(parts) < 2:
        return False
    if parts[-1] in _BUILT_PLACES or _STORMS.match(name):
        return True
    if not any(_place_noun_after(name, text) for text in texts if name in text):
        return False
    return not used_as_a_name(name, texts)


def _place_noun_after(name: str, text: str) -> bool:
    """Whether `text` writes `name`, as whole words, right before a place noun."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = at == 0 or not _NAME_CHAR.match(text, at - 1)
        if whole and _PLACE_NOUN.match(text, end):
            return True
        at = text.find(name, end)
    return False
