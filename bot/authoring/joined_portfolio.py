"""A portfolio joined by "and" to the one glued before a title, right before a name.

"Municipal Affairs and Housing Minister Ada Vole", "Road Transport and Bridges Minister Jo
Lee", "Agriculture, Fisheries and Mining Minister Tom Reed": one office holds two or three
fields, written before the title with "and" (or "&") between them. The capitalised run the
name is found in starts after "and" ("Housing Minister Ada Vole"), so the role kept only the
last field ("Bridges Minister" for the minister of road transport and bridges). This gives
the title its first fields back.

The fields before "and" are capitalised words, none a title, honorific or role
noun, and one of them an office's field (`lexicon.OFFICE_WORDS`: "Affairs", "Transport",
"Lands"): "Sunak and Health Secretary Jo Lee" and "the President and Vice President Jo Lee"
name someone else before "and". A place or a people's name opening the run ("Malaysia
Tourism, Art and Culture Minister") is left out, as the titles leave it out elsewhere.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    OFFICE_WORDS,
    REGIONS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    TITLE_WORDS,
    words,
)

__all__ = ["joined_portfolio"]

_PLACE_WORDS = frozenset(w for place in (*COUNTRIES, *CITIES, *REGIONS) for w in place.split())
_LEADS = _PLACE_WORDS | DEMONYMS | SENTENCE_STARTERS | {"The"}
# Ranks of an office ("Acting Minister", "Deputy Minister"): "and" before them joins another
# office ("Minister of State for Cabinet Affairs and Acting Minister of Information").
_RANKS = words(
    "Deputy Vice Senior Junior Former Acting Interim Chief Lead Executive Assistant Associate"
    " Principal General Special"
)
_JOINED = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+,? ){1,5})(?:and|&) $")


def _not_a_field(word: str) -> bool:
    """A title, honorific or role noun: a person or an office of its own, not a field."""
    return word in TITLE_WORDS or word in HONORIFICS or word.casefold() in ROLE_NOUNS


def joined_portfolio(text: str, title_start: int, title: str) -> str | None:
    """`title` with the fields joined to it by "and" before `title_start`, as above
    ("Housing Minister" -> "Municipal Affairs and Housing Minister"); None when none are
    there. `title` must be fields then its title ("Housing Minister", not "Minister" or
    "Acting Minister")."""
    title_words = title.split()
    if len(title_words) < 2 or not _not_a_field(title_words[-1]):
        return None
    if any(_not_a_field(w) or w in _RANKS for w in title_words[:-1]):
        return None  # "Acting Minister", "Wellness Lieutenant Colonel": an office of its own
    match = _JOINED.search(text, max(0, title_start - 80), title_start)
    if match is None:
        return None
    fields = match.group(1).split()
    while fields and fields[0].rstrip(",") in _LEADS:
        fields = fields[1:]  # "Malaysia", "The": the place or the sentence, not a field
    bare = [w.rstrip(",") for w in fields]
    if not any(w in OFFICE_WORDS for w in bare) or any(_not_a_field(w) for w in bare):
        return None
    return " ".join(fields) + f" {match.group().split()[-1]} {title}"
