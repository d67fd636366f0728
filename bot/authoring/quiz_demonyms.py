"""A place blank whose people the same sentence names (round 47).

"... help end the war in _____, support Ukrainians fleeing the fighting": the word for the
place's people ("Ukrainians", "Mexican", "Kenyan", "Chinese", "New Yorkers") beside the
blank spells the answer, so the blank asks nothing. Told by form: a capitalised word made of
the place's name, its last vowel dropped or not, and a people's ending.
"""

from __future__ import annotations

import re

__all__ = ["named_by_its_people"]

_ENDINGS = r"(?:n|an|ian|aian|vian|ese|i|er|ite)s?"
_LAST_VOWELS = re.compile(r"[aeiouy]+$")
_MIN_STEM = 3


def named_by_its_people(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text`, outside the place at `start:end`, holds the word for the
    place's people ("Mexico" and "Mexican", "Ukraine" and "Ukrainians")."""
    place = text[start:end]
    stems = {place, _LAST_VOWELS.sub("", place)}
    stems = {s for s in stems if len(s) >= _MIN_STEM and s[:1].isupper()}
    if not stems:
        return False
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    people = re.compile(rf"\b(?:{alternatives}){_ENDINGS}\b")
    rest = text[:start] + " " + text[end:]
    return people.search(rest) is not None
