"""A given name typed alone at a choice question ("olaf" when an option is Olaf Scholz): it
names nobody as a teacher reads it, so the quiz asks for the option again; for `quiz.judge`.

Only a figure's given or middle name counts, never the name the briefing calls them by: their
surname (the name's last word, or its first when an alias says so, "Xi"), nor an alias
("Aki", where the briefing lists it).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.matching import Person, chat_words, normalize

__all__ = ["given_name_alone"]


def given_name_alone(given: str, options: Sequence[str], people: Sequence[Person]) -> bool:
    """Whether `given` is one word, a given or middle name of a figure an option names, and
    no surname or alias of anyone in `people`."""
    words = chat_words(given)
    if len(words) != 1:
        return False
    (word,) = words
    named = {normalize(option) for option in options}
    called = set()
    given_names = set()
    for person in people:
        names = normalize(person.name).split()
        aliases = {normalize(alias) for alias in person.aliases}
        called |= aliases
        if not names:
            continue
        surname = names[0] if names[0] in aliases and len(names) > 1 else names[-1]
        called.add(surname)
        if len(names) > 1 and normalize(person.name) in named:
            given_names |= set(names) - {surname}
    return word in given_names and word not in called
