"""An Arabic name written with its chain of fathers ("Badr bin Hamad bin Hamood Al Busaidi",
"Sultan bin Badr bin Abdul Mohsen bin Abdulaziz Al Saud"): each "bin"/"ibn"/"bint" link adds
a generation, so such a name runs longer than the four proper words and six words a name
may otherwise have (`people._valid_name`), yet it is one person's name."""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import NAME_PARTICLES

__all__ = ["patronymic_chain"]

_LINKS = frozenset({"bin", "ibn", "bint", "binti"})
_MAX_WORDS = 11
_MAX_PROPER = 7


def patronymic_chain(words: Sequence[str]) -> bool:
    """Whether the words are a name with two or more father links, each link lowercase
    between two capitalised words, within a generous length (the chain's generations)."""
    links = [i for i, w in enumerate(words) if w in _LINKS]
    if len(links) < 2 or len(words) > _MAX_WORDS:
        return False
    if any(i == 0 or i == len(words) - 1 or not words[i + 1][:1].isupper() for i in links):
        return False
    proper = [w for w in words if w.casefold() not in NAME_PARTICLES]
    return len(proper) <= _MAX_PROPER
