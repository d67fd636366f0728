"""A given name typed alone at a choice question ("olaf" when an option is Olaf Scholz): it
names nobody as a teacher reads it, so the quiz asks for the option again; for `quiz.judge`.

Only a figure's given or middle name counts, never the name the briefing calls them by: their
surname (the name's last word, or its first when an alias says so, "Xi"), nor an alias
("Aki", where the briefing lists it). At a question asking who (or which player, which coach:
`matching.ASKS_WHO`), an option written as a name ("Josh Sheehan", two or three capitalised
words) counts as a person's too, figure or not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.matching import ASKS_WHO, Person, chat_words, normalize

__all__ = ["given_name_alone"]

_A_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}")


def given_name_alone(
    given: str, options: Sequence[str], people: Sequence[Person], prompt: str = ""
) -> bool:
    """Whether `given` is one word, a given or middle name of a figure an option names (or,
    asked who, of an option written as a name), and no surname or alias of anyone in
    `people`, nor the last word of an option."""
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
    if ASKS_WHO.search(prompt):
        for option in options:
            if _A_NAME.fullmatch(option.strip()):
                names = normalize(option).split()
                called.add(names[-1])
                given_names |= set(names[:-1])
    return word in given_names and word not in called
