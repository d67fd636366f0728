"""`“...,” the minister explained.` of two ministers: the one just speaking (round 52).

News copy names a speaker, quotes them, then goes on with a bare description of them after
the next quote: "said Foreign Minister Ada Obi" / "“...,” the minister explained.". When
the article names one person with the role, "the minister" is theirs already; when it names
two (a Prime Minister and a Foreign Minister), the description was read as nobody's. It is
the person a he/she there would mean (the latest subject or speaker, or the one the
paragraph before was about) when that person holds the role noun; anyone else, or nobody
likely, leaves the quote open as before. Only "the" and one lowercase role noun count: "the
Prime Minister", "the former minister" or "the star playmaker" say more than the role.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import ROLE_NOUNS

__all__ = ["bare_role_noun", "carried_holder"]


def bare_role_noun(subject: Sequence[str]) -> str | None:
    """The role noun of a subject that is "the" and one lowercase role noun ("the
    minister", "the prosecutor"), else None."""
    if len(subject) != 2 or subject[0].casefold() != "the":
        return None
    noun = subject[1].strip(",.;:!?")
    return noun if noun.islower() and noun in ROLE_NOUNS else None


def carried_holder(likely: str | None, holders: Sequence[str]) -> str | None:
    """`likely` (the person a he/she at the description would mean) when they are one of
    two or more `holders` of its role noun; else None (one holder is read elsewhere)."""
    if likely is None or len(holders) < 2:
        return None
    return likely if likely in holders else None
