"""Names of venues, neighbourhoods and broadcasters drafted as people (round 55).

English news writes a place by a capitalised word or two and a kind of place ("Tivoli
Gardens", "the Circuit House", "Queen Salote Wharf", "Hyde Park"), and a broadcaster by
its medium before its name ("TV Diana Yambol reports", "told Radio Free Asia"). Such a
name is no figure when its last word is a place's kind and its first is no given name
(a person's "Anna Park" or "Tom House" stays), or when the article writes it only right
after "TV", "Radio" or "Channel"; in both cases unless the article also writes it as a
person's ("Mr Park", "Park said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words
from bot.authoring.name_leads import VENUE_WORDS, used_as_a_name
from bot.authoring.namesakes import is_given_name

__all__ = ["venue_or_station"]

# Last words of a neighbourhood's, a street's or an open place's name, beside the venues.
_PLACE_KINDS = VENUE_WORDS | words(
    """
    Street Road Avenue Lane Boulevard Square Park Parks Bay Hills Heights Springs Beach
    Bridge Circuit Crescent Drive Wharf Docks Harbour Harbor Port Island Islands
    """
)
_MEDIUM_BEFORE = re.compile(r"(?:\bTV|\bRadio|\bChannel)\s+$")


def venue_or_station(name: str, texts: Sequence[str]) -> bool:
    """Whether `name` (two words or more) names a place by its last word with no given
    name first, or a broadcaster by the medium the article always writes before it."""
    parts = name.split()
    if len(parts) < 2:
        return False
    # "Residents of Tivoli Gardens said": the place's residents speak, not the place.
    as_place = re.compile(rf"(?<![\w’'-])(?:of|in|at|from|near)\s+{re.escape(name)}")
    unplaced = [as_place.sub(" ", text) for text in texts]
    if used_as_a_name(name, unplaced) or used_as_a_name(parts[-1], unplaced):
        return False
    if parts[-1] in _PLACE_KINDS and not is_given_name(parts[0]):
        return True
    return _always_after_a_medium(name, texts)


def _always_after_a_medium(name: str, texts: Sequence[str]) -> bool:
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    starts = [(text, m.start()) for text in texts for m in pattern.finditer(text)]
    return bool(starts) and all(
        _MEDIUM_BEFORE.search(text, max(0, at - 10), at) for text, at in starts
    )
