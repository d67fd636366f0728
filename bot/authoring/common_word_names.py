"""One-word "names" that are common English words, not persons (round 29).

Readings of English news grammar:
- A one-word name the article's paragraphs also write in lowercase ("the 1A Mr. Soccer"
  beside "soccer") is a common word there, capitalised as an award's or a heading's, not
  a surname.
- A one-word name with the ending of an abstract noun's plural ("Investigations had
  confirmed", "Negotiations", "Requirements") is a sentence's first word, never a surname.
"""

from __future__ import annotations

import re

__all__ = ["common_word_name"]

_ABSTRACT_PLURAL = re.compile(r"[A-Z][a-z]+(?:tions|sions|ments|ities|nesses|ances|ences)")


def common_word_name(name: str, lowercase: frozenset[str]) -> bool:
    """Whether a one-word name is a common word: written in lowercase too, or an abstract
    noun's plural (`lowercase`: the words the article's paragraphs write in lowercase)."""
    if " " in name:
        return False
    return name.casefold() in lowercase or bool(_ABSTRACT_PLURAL.fullmatch(name))
