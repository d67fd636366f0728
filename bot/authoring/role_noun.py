"""Whether a phrase holds a role noun: a leaf module (the lexicon only), so that `people`,
`cues` and `role_colon` can all use it without importing each other."""

from __future__ import annotations

from bot.authoring.lexicon import ROLE_NOUNS

__all__ = ["has_role_noun"]


def has_role_noun(phrase: str) -> bool:
    """Whether a phrase holds a role noun ("the Prime Minister", not "the company")."""
    return any(w.casefold().strip(",.;:") in ROLE_NOUNS for w in phrase.split())
