"""A name in quotation marks used as a word of the sentence, not quoted speech.

Two shapes of news prose mark a proper name without anyone saying it:
- a compound modifier: `“Hausa”-speaking kidnappers`, `"Made in Kenya"-branded goods`: the
  marks set off the name the hyphen joins to the next word;
- a club, firm or ship's name marked as translated copy marks it (Russian, Azerbaijani,
  Ukrainian and Turkish outlets write club names in guillemets, rendered as quotation marks
  in English): `the match with "Sumgayit" (1:0)`: after "of", "with", "against" or
  "versus", and followed by a bracket (a score, a city, a country), the marked words are
  what the sentence is about, not words anyone said. (`the coach of "Imishli" Jorge
  Casquilha` is left as it is: unmarking it would join the club to the coach's name.)
Only one to three words, each capitalised (or a number), with no sentence mark inside: a
capitalised one-word quote (`“Ludicrous”`, `a “Communist” who`) is still a quote.
"""

from __future__ import annotations

import re

__all__ = ["marked_name"]

_MAX_WORDS = 3
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w’'&.-]*|of|the|and|de)")
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'])(?:of|with|against|versus|vs\.?)\s$")
_BRACKET_AFTER = re.compile(r"\s*\(")


def marked_name(text: str, open_at: int, close_at: int) -> bool:
    """Whether the marks at `open_at` and `close_at` of `text` set off a name used as a
    word of the sentence (see the module's docstring), not a quote."""
    inner = text[open_at + 1 : close_at]
    words = inner.split()
    if not words or len(words) > _MAX_WORDS or re.search(r"[,;:!?]|\.$", inner):
        return False
    if not words[0][:1].isupper() or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _COMPOUND_AFTER.match(text, close_at + 1):
        return True
    before = text[max(0, open_at - 12) : open_at]
    return bool(_PREPOSITION_BEFORE.search(before)) and bool(
        _BRACKET_AFTER.match(text, close_at + 1)
    )
