"""Whose role a description names: "the mayor of Nijmegen" is that town's mayor (round 29).

A reader of "“...,” said the mayor of Nijmegen." takes the words for the mayor of Nijmegen,
not for the one mayor the article named before as another place's ("Amsterdam Mayor Ada
Obi"): a role followed by "of" and a capitalised name is that place's or body's role, and a
person whose role names another place or body holds another. A role naming no place
("Governor Ana Ruiz", "council leader Sam Dee") may be the one described.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import HONORIFICS, OFFICE_WORDS, TITLE_WORDS

__all__ = ["owned_by_another"]

_OFFICE = TITLE_WORDS | OFFICE_WORDS | HONORIFICS


def owned_by_another(words: Sequence[str], end: int, role: str) -> bool:
    """Whether the description `words`, whose role noun is words[end], names the role of a
    place or body ("the mayor of Nijmegen") while `role` (a person's) names another."""
    after = words[end + 1 : end + 3]
    if len(after) < 2 or after[0] != "of" or not after[1][:1].isupper():
        return False
    owners = [w for w in role.replace(",", " ").split() if w[:1].isupper() and w not in _OFFICE]
    return bool(owners) and after[1] not in owners
