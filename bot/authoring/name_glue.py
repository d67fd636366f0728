"""Words printed against a person's name that are not part of it (round 29).

Readings of English news grammar:
- A party label before a name ("Independent Jo Marsh", "Republican Ted Ames") is the
  person's party, an adjective: no given name is "Republican".
- An office's initials with a lowercase "o" for "of" ("CoP Ada Obi" for Commissioner of
  Police, "MoH", "DoJ") before a name are a title, not a given name.
- A royal title right after an office's lowercase noun ("Windhoek mayor Queen Kamati",
  "ambassador Sultan Al Nuaimi") is a given name: a mayor is no queen, and nobody holds two
  offices in one title.
- "Sri" or "Seri" after "Tan", "Puan", "Datuk" or "Dato'" is the second word of a
  Malaysian style ("Tan Sri Ali Omar"), not a given name (round 30).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import ROLE_NOUNS, words
from bot.authoring.namesakes import is_given_name

__all__ = ["PARTY_LABELS", "royal_given_name", "without_glued_lead_word", "without_style_tail"]

PARTY_LABELS = words(
    "Independent Democrat Democratic Republican Labour Labor Conservative Liberal Tory"
    " Socialist Nationalist Unionist Libertarian"
)
# "CoP", "DCoP", "MoH", "DoJ": initials whose lowercase "o" stands for "of".
_OF_INITIALS = re.compile(r"[A-Z]+o[A-Z]+")


def without_glued_lead_word(name: str) -> str:
    """The name without a party label or an office's initials before a name of two words
    or more ("Independent Jo P. Marsh" -> "Jo P. Marsh", "CoP Ada Obi" -> "Ada Obi")."""
    first, *rest = name.split()
    if len(rest) < 2:
        return name
    party = first in PARTY_LABELS and not is_given_name(first)
    return " ".join(rest) if party or _OF_INITIALS.fullmatch(first) else name


_ROYAL = frozenset({"King", "Queen", "Prince", "Princess", "Sultan"})
# Princes and princesses do serve as ambassadors or ministers ("ambassador Prince Turki
# bin Faisal"); a reigning title cannot follow an office's lowercase noun.
_REIGNING = frozenset({"King", "Queen", "Sultan"})


def royal_given_name(title: str | None, *, full_name: bool = False) -> tuple[str, str] | None:
    """(the title without it, the given name) when a title ends in a royal title after an
    office's lowercase noun ("Windhoek mayor Queen" -> ("Windhoek mayor", "Queen")); before
    a `full_name` ("ambassador Sultan" + "Al Qurtasi Al Nuaimi") only a reigning title."""
    found = (title or "").split()
    if len(found) < 2 or found[-1] not in _ROYAL or found[-2] not in ROLE_NOUNS:
        return None
    if full_name and found[-1] not in _REIGNING:
        return None
    return " ".join(found[:-1]), found[-1]


# A Malaysian style of two words: its first word, then "Sri" or "Seri" ("Tan Sri").
_STYLE_TAIL = r"(?:Tan|Puan|Toh\s+Puan|Datuk|Dato|Dato[’']|Datin)\s+"


def without_style_tail(name: str, texts: Sequence[str]) -> str:
    """ "Sri Ali Omar" -> "Ali Omar" when the article writes it only after "Tan" (or
    "Puan", "Datuk", "Dato'"): "Sri" there ends the style "Tan Sri", no given name; a "Sri"
    the article also writes without such a word before it ("Sri Mulyani") stays."""
    first, *rest = name.split()
    if first not in ("Sri", "Seri") or not rest:
        return name
    alone = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'])")
    styled = re.compile(rf"(?<![\w’'-]){_STYLE_TAIL}{re.escape(name)}(?![\w’'])")
    written = sum(len(alone.findall(text)) for text in texts)
    return (
        " ".join(rest)
        if written and written == sum(len(styled.findall(t)) for t in texts)
        else name
    )
