"""A place or a body written between a role and a name, read as the role's.

"Former police commissioner in Trinidad and Tobago Gary Griffith says", "chief executive of
Bank of Ireland Colm Rourke said", "mayor of Grand Rapids Rosalyn Birch said": a role noun,
then "in", "of", "for", "at" or "to", then a place or a body, then the name, with no comma.
The capitalised run that ends in the name starts inside the place or the body ("Tobago Gary
Griffith"), so its leading words are cut, but only where the split is certain:

- the leading words make a known place, or end in a body's or a place's noun ("Bank");
- the article writes the shorter name elsewhere, without the place before it (only the
  longest name left: "Abdallah Bou Habib" is not cut to "Bou Habib", his short form);
- or the shorter name is two words opening with a given name ("Gary Griffith"), after one or
  two leading words that are no given name.

The shorter name holds no body's or portfolio's word ("Regional Military Administration").

Otherwise the run is left whole (another rule, or nobody, takes it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.authoring.apposition_body import apposition_of_name_before
from bot.authoring.body_fields import field_of_a_body
from bot.authoring.lexicon import (
    CITIES,
    COUNTRIES,
    OFFICE_WORDS,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    REGIONS,
    ROLE_NOUNS,
)
from bot.authoring.name_leads import VENUE_WORDS
from bot.authoring.namesakes import is_given_name
from bot.authoring.roles import role_before

__all__ = ["role_place_length", "role_with_place"]

# Countries whose names hold "and", which the lexicon's one-run names leave out.
_JOINED_COUNTRIES = frozenset(
    {
        "Trinidad and Tobago",
        "Bosnia and Herzegovina",
        "Antigua and Barbuda",
        "Saint Kitts and Nevis",
        "St Kitts and Nevis",
        "Saint Vincent and the Grenadines",
        "St Vincent and the Grenadines",
        "Sao Tome and Principe",
        "São Tomé and Príncipe",
        "Turks and Caicos",
    }
)
_KNOWN_PLACES = COUNTRIES | CITIES | REGIONS | _JOINED_COUNTRIES
_BODY_ENDINGS = ORG_KEYWORDS | PLACE_KEYWORDS
_BODY_WORDS = (
    _BODY_ENDINGS
    | OFFICE_WORDS
    | VENUE_WORDS
    | frozenset({"Administration", "Force", "Constabulary", "Airport"})
)
# A role noun and its preposition, right before the place ("commissioner in ").
_ROLE_LINK = re.compile(r"(?<![\w’'-])([A-Za-z-]+)\s+(?:in|of|for|at|to)\s+(?:the\s+)?")
# The place's or the body's words written before the run: each capitalised, and the last
# one joined to the run ("Trinidad and ", "Bank of ", "State for Health and ").
_JOINED_PART = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?)*(?<=\s)(?:and|of|for|&)\s+(?:the\s+)?"
    r"|[A-Z][\w’'.-]*/"  # a ward of two places: "councillor for Dundalk/Carlingford Ann Roe"
)


def _role_link(text: str, start: int) -> re.Match[str] | None:
    """The role noun and its preposition that the place before text[start] follows."""
    floor = max(0, start - 100)
    for match in reversed(list(_ROLE_LINK.finditer(text, floor, start))):
        if match.group(1).casefold() not in ROLE_NOUNS:
            continue
        if match.end() == start or _JOINED_PART.fullmatch(text, match.end(), start):
            return match
    return None


def role_with_place(text: str, name_start: int, run_start: int, floor: int) -> str | None:
    """The role and its place or body before a name whose run began inside the place
    ("Former police commissioner in Trinidad and Tobago"), or None."""
    match = _role_link(text, run_start)
    if match is None:
        return None
    head = role_before(text, match.end(1) + 1, floor) or match.group(1)
    return f"{head}{text[match.end(1) : name_start]}".strip() or None


def _written_alone(name: str, before: str, texts: Sequence[str]) -> bool:
    """Whether the article writes `name` somewhere not right after the word `before`."""
    pattern = re.compile(rf"(?<![\w’'-])(?<!{re.escape(before)} ){re.escape(name)}(?![\w’'-])")
    return any(pattern.search(text) for text in texts)


def _given_name_after_place(first: str, lead: Sequence[str]) -> bool:
    """ "Grand Rapids Rosalyn": a given name after one or two words that are none."""
    return is_given_name(first) and not any(is_given_name(w) for w in lead)


def role_place_length(
    text: str,
    run: Sequence[str],
    start: int,
    is_name: Callable[[Sequence[str]], bool],
    texts: Sequence[str] = (),
) -> int:
    """How many leading words of the capitalised run at text[start] are the place or the
    body of a role written before it ("Tobago" of "commissioner in Trinidad and Tobago Gary
    Griffith"); 0 when the split is not certain. At least two words are left, and they
    must make a name (`is_name`)."""
    if len(run) < 3:
        return 0
    link = _role_link(text, start)
    if link is None or apposition_of_name_before(text, link.start(1)):
        return 0  # "Jo Lee, an analyst at Janney Montgomery Scott,": the body, whole
    part = text[link.end() : start]
    words_before = part.split()
    first = True  # the longest name left: only it may be confirmed by a shorter mention
    for cut in range(1, len(run) - 1):
        rest = run[cut:]
        if not is_name(rest) or any(w in _BODY_WORDS for w in rest):
            continue  # "Kyiv Regional Military Administration": a body, no one's name
        alone, first = first and _written_alone(" ".join(rest), run[cut - 1], texts), False
        lead = " ".join([*words_before, *run[:cut]])
        if (
            lead in _KNOWN_PLACES
            or " ".join(run[:cut]) in _KNOWN_PLACES  # "of Bank of Ireland"
            or (run[cut - 1] in _BODY_ENDINGS and len(rest) == 2)
            or alone
            or (len(rest) == 2 and cut <= 2 and _given_name_after_place(rest[0], run[:cut]))
            or field_of_a_body(words_before, run[:cut])
            or (cut == 1 and part.endswith("/"))  # "Dundalk/Carlingford": both places
        ):
            return cut
    return 0
