"""A name in quotation marks written before a person's (round 32).

Reading of English news prose, translated copy above all: a club's, a firm's or a ship's
name is often set in quotation marks ("the head coach of "Imishli" Jorge Casquilha", "the
director of "Gazprom" Alexei Miller"). Written after a lowercase word, such a quoted word is
that word's object, never the first word of the name after it; a nickname stands inside a
name ("Bernard C. “Jack” Young") or opens a sentence ("“Doc” Herbert Evatt"), not after "of".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["quoted_lead_length"]

_OPENS = ("“", '"')
_CLOSES = ("”", '"')
_LOWER_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s+$")


def quoted_lead_length(text: str, words: Sequence[tuple[int, int, str]]) -> int:
    """How many leading words of a capitalised run are a quoted name after a lowercase word
    ("Imishli" of `of "Imishli" Jorge Casquilha`); 0 when none, and never so many that
    fewer than two words are left."""
    if len(words) < 3 or not text[: words[0][0]].endswith(_OPENS):
        return 0
    if not _LOWER_BEFORE.search(text, max(0, words[0][0] - 30), words[0][0] - 1):
        return 0
    for i, (_, end, _) in enumerate(words[:-2]):
        if text.startswith(_CLOSES, end):
            return i + 1
    return 0
