"""An apposition that is the next person of a list: an office, then another person's name.

"Interior Minister Ann Roe, Energy Minister Bo Lee, and the heads of ...", "chair Ann Roe,
vice-chair Bo Lee and Cy Poe, back the plan", "Kericho Governor Ann Roe, Senate Majority Leader
BO LEE, ...": after the first name the comma opens the list's next item, an office and the
name of whoever holds it, not the first person's role. Read as an apposition, the first
person's role ran on through the next names ("chair, vice-chair Bo Lee and Cy Poe").

The item is office words ending in a title or a role noun (capitalised office words, or
lowercase modifiers, with no "of", "to", "for" before it: "adviser to President Ann Roe" and
"son-in-law of President Ann Roe" are roles), then a full name of two to four words that is no
body, place or office ("Managing Director Norvik Holdings", "Commissioner Western Region" stay
roles), and the list goes on: the name is followed by "and", or the item is closed by a comma.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    REGIONS,
    TITLE_WORDS,
    words,
)

__all__ = ["titled_name_in_list"]

# "Roe", "McNeil", "DeRose", "O’May", "Haq"; not "Roe’s" (whose, not who).
_TITLE_CASE = re.compile(r"(?!\w*[’']s$)[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[’'-][A-Z]?[a-z]+)*")
_CAPITALS = re.compile(r"[A-Z]{3,}(?:[’'-][A-Z]+)*")
_PARTICLES = words("de du da di del della der den van von bin bint binti al el le la")
_PLACE_WORDS = frozenset(w for place in (*COUNTRIES, *CITIES, *REGIONS) for w in place.split())
_COMPASS = words("North South East West Central Northern Southern Eastern Western")
# Lowercase words that link an office to someone else ("adviser to President X") or open a
# clause: the phrase is then a role or a clause, never a list's next item.
_LINKS = words("of to for at with by from in on under about and or who whose that which")
_LEADS = words("the a an")
_AND = ("and", "&")


def _name_words(name: Sequence[str]) -> bool:
    """Whether `name` is a person's full name: two to four words in capitals or title case
    (particles aside), none a title, office, body's, place's or people's word."""
    core = [w for w in name if w not in _PARTICLES]
    if not 2 <= len(core) <= 4:
        return False
    shapes = [bool(_TITLE_CASE.fullmatch(w)) and len(w) > 1 for w in core]
    capitals = [bool(_CAPITALS.fullmatch(w)) for w in core]
    if not (all(shapes) or all(capitals)):
        return False
    return not any(
        w.title() in TITLE_WORDS
        or w.title() in HONORIFICS
        or w.title() in OFFICE_WORDS
        or w.title() in ORG_KEYWORDS
        or w.title() in _PLACE_WORDS
        or w.title() in _COMPASS
        or w.title() in DEMONYMS
        for w in core
    )


def titled_name_in_list(phrase: str, after: str, is_role_noun: Callable[[str], bool]) -> bool:
    """Whether the apposition `phrase` (the text between the comma after a name and the
    aside's end) is the list's next item, an office and another person's name, as above;
    `after` is the text from the aside's end on."""
    items = phrase.replace(",", " ").split()
    if items and items[0].casefold() in _LEADS:
        items = items[1:]
    title = None
    for k, word in enumerate(items[:7]):
        bare = word.rstrip(".")
        if word.casefold() in _LINKS or not word.replace("-", "").replace(".", "").isalpha():
            break
        if bare in TITLE_WORDS or bare in HONORIFICS or is_role_noun(bare.casefold()):
            title = k
    if title is None:
        return False
    rest = items[title + 1 :]
    joined = next((k for k, w in enumerate(rest) if w in _AND), None)
    name = rest if joined is None else rest[:joined]
    if not _name_words(name):
        return False
    return joined is not None or after.startswith(",")
