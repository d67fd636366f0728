"""Given names that are also a faith's or a people's adjective ("Christian Estrosi").

"Christian" before a surname is one of the commonest given names in French, German and
Scandinavian copy, and the same word opens the names of churches' bodies ("Christian Aid",
"Christian Solidarity Worldwide"). A "Christian X" the article describes as a person, by an
office before the name ("Nice Mayor Christian Estrosi") or a role after it ("Christian
Wiedmann, president of ..."), is a person; one it never describes stays out, so that a
body's name never becomes a figure or a speaker (round 37).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Protocol, TypeVar

__all__ = ["DEMONYM_GIVEN_NAMES", "drop_undescribed"]

DEMONYM_GIVEN_NAMES = frozenset({"Christian"})


class _Described(Protocol):
    name: str

    @property
    def role(self) -> str: ...


P = TypeVar("P", bound=_Described)


def drop_undescribed(persons: MutableMapping[str, P], unknown_role: str) -> None:
    """Forget the persons whose name opens with such a given name and who have no role."""
    for key, person in list(persons.items()):
        first = person.name.split()[0]
        if first in DEMONYM_GIVEN_NAMES and person.role == unknown_role:
            del persons[key]
