"""Words printed against a person's name that are not part of it (round 29).

Readings of English news grammar:
- A party label before a name ("Independent Jo Marsh", "Republican Ted Ames") is the
  person's party, an adjective: no given name is "Republican".
- An office's initials with a lowercase "o" for "of" ("CoP Ada Obi" for Commissioner of
  Police, "MoH", "DoJ") before a name are a title, not a given name.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words
from bot.authoring.namesakes import is_given_name

__all__ = ["PARTY_LABELS", "without_glued_lead_word"]

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
