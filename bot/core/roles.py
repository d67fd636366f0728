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
_BREAKS = frozenset({"of", "at", "for", "in", "and", "to", "on", "from"})


def _head(role: Sequence[str]) -> str:
    """The word a role is about: the last before "of", "at", "from" or "and" ("president of
    china" -> "president", "tea farmer from kanyam" -> "farmer", "u s defense secretary" ->
    "secretary")."""
    words: list[str] = []
    for word in role:
        if word in _BREAKS and words:
            break
        words.append(word)
    return words[-1] if words else ""


# Short forms chat types for a role's words: "the finnish pm".
_SHORT = {"pm": ("prime", "minister"), "gov": ("governor",), "govt": ("government",)}
# What the news titles a person who does a job: a judge of a high court is "Justice X".
_TITLED = {"judge": "justice"}
# Words before a role that say whose it is: "his sister", "their coach".
_WHOSE = frozenset({"his", "her", "their", "its"})


def names_role(
    guess: Sequence[str],
    role: Sequence[str],
    others: Sequence[Sequence[str]],
    places: dict[str, str] | None = None,
) -> bool:
    """Whether the normalised words of `guess` name `role`: its head and another of its words,
    all of them the role's, and not all of them words of any role in `others`; or its head
    alone where no role in `others` has that head ("the governor", "his sister"). A short form
    stands for its words ("pm"), and `places` gives the place a word of its people or its
    possessive means ("norwegian", "norways": "norway")."""
    places = places or {}
    role_words = set(role) - _GLUE
    content: set[str] = set()
    for word in guess:
        if word in _GLUE or word in _WHOSE:
            continue
        if word not in role_words and _TITLED.get(word, "") in role_words:
            word = _TITLED[word]  # "the judge" for Justice Worrell
        content.update(_SHORT.get(word, (places.get(word, word),)))
    head = _head(role)
    if not content <= role_words or head not in content:
        return False
    if len(content) < 2:
        return content == {head} and not any(head in other for other in others)
    return not any(content <= set(other) for other in others)
