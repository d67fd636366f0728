"""The one person a paragraph is about: its subject, whatever its verb.

"Coach Ada Obi was pleased with the way her side defended." / "“We kept our shape.”": a
paragraph whose every named person and he/she is one person, the subject of a clause, and
that quotes nobody it names, introduces a paragraph that is one quote, the convention of
news writing, when the article has that person speak in a sentence of their own elsewhere
(the caller checks that: a suspect the police describe says nothing). Anyone else it names,
known or not, and it introduces nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.authoring.people import Mention, full_name_starts

__all__ = ["LEAD_HOW", "lone_subject", "names_only_known"]

LEAD_HOW = "the subject of the paragraph before"
_HE_SHE = ("he", "she")


def lone_subject(
    mentions: Sequence[Mention], resolve: Callable[[Mention], str | None]
) -> str | None:
    """The key of the one person a paragraph names or calls he/she, when they are the
    subject of a clause, else None (an unknown full name is `names_only_known`'s to check).
    `mentions` are the paragraph's outside its quotes; `resolve` gives the person a he/she
    means (None: unsure)."""
    keys: set[str] = set()
    for m in mentions:
        if m.key is not None:
            keys.add(m.key)
        elif m.pronoun is None:
            return None  # a name the article does not tie to anyone known
        elif m.pronoun in _HE_SHE:
            key = resolve(m)
            if key is None:
                return None  # a he/she that may mean someone else
            keys.add(key)
    if len(keys) != 1 or not any(m.subject for m in mentions if m.pronoun in (None, *_HE_SHE)):
        return None
    return keys.pop()


def names_only_known(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether every full name `text` writes is one of its known `mentions` ("after Kofi
    Mensah closed the market": someone else, unknown). Asked only when a quote needs it."""
    known = {m.start for m in mentions if m.key is not None}
    return all(at in known for at in full_name_starts(text))
