"""A person named by their role as the briefing gives it: "the white house spokesman" for the
figure whose role is "White House national security spokesman".

This module only compares words (matching normalises them): a guess names a role when its
words are the role's own, hold the role's head ("spokesman", "secretary", "president") and
one more word, and fit no other person's role.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["names_role"]

_GLUE = frozenset(
    {"the", "a", "an", "of", "at", "for", "in", "and", "un", "une", "le", "la", "les"}
)
_BREAKS = frozenset({"of", "at", "for", "in", "and", "to", "on"})


def _head(role: Sequence[str]) -> str:
    """The word a role is about: the last before "of", "at" or "and" ("president of china" ->
    "president", "u s defense secretary" -> "secretary")."""
    words: list[str] = []
    for word in role:
        if word in _BREAKS and words:
            break
        words.append(word)
    return words[-1] if words else ""


def names_role(guess: Sequence[str], role: Sequence[str], others: Sequence[Sequence[str]]) -> bool:
    """Whether the normalised words of `guess` name `role`: its head and another of its words,
    all of them the role's, and not all of them words of any role in `others`."""
    content = {word for word in guess if word not in _GLUE}
    role_words = set(role) - _GLUE
    if len(content) < 2 or not content <= role_words or _head(role) not in content:
        return False
    return not any(content <= set(other) for other in others)
