"""A capitalised office standing alone is not a person: "Science Supervisor", "County Clerk".

Copy capitalises an office held by someone it names elsewhere ("the district's Science
Supervisor said", "Emergency Management Coordinator said"); with no name after it, the run of
capitalised words is the office itself. A run whose last word is a role noun and whose every
other word is an office or field word ("Science", "Public", "Emergency Management") names
nobody; surnames that are role nouns keep a given name before them that is no office word
("Rod Baker", "Simon Constable").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import OFFICE_WORDS, ROLE_NOUNS

__all__ = ["office_not_a_name"]


def office_not_a_name(words: Sequence[str]) -> bool:
    """Whether the capitalised run `words`, read as a name, is an office: two words or more,
    the last a role noun, every other one an office or field word."""
    if len(words) < 2 or words[-1].casefold() not in ROLE_NOUNS:
        return False
    return all(w in OFFICE_WORDS for w in words[:-1])
