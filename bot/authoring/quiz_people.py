"""Whether a drafted figure's name is a person's, as a "Who said ...?" question needs it.

The draft may take a place or a label for a speaker; a question that answers "New Jersey" or
"Marathon Runner" to "Who said ...?" is wrong whatever the quote. Two shapes of English news
tell them from names, read in the sentences the article prints:

- a name printed right before an office and a person's name ("New Jersey Gov. Phil Murphy",
  "Acme CEO Jo Lee") is the place or body of that office: a person's name is never followed
  by another person's title and name;
- a name with no role, printed only right before a comma and another figure's name ("said
  Marathon Runner, Evan Scharts"), is that person's description, not a second person;
- a name ending in a short word the article prints with a full stop glued to a word after
  it ("Minister Alain St.Ange") was cut at that stop: "Alain St" is nobody's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.authoring.lexicon import TITLE_WORDS

__all__ = ["a_label_of_another", "cut_at_a_stop", "names_an_office_holder"]

_TITLE = "|".join(sorted((re.escape(w) for w in TITLE_WORDS), key=len, reverse=True))
# An office word and the capitalised word after it that is not one more office word
# ("Gov. Phil", "CEO Jo"; not "Inspector General").
_OFFICE_AND_NAME = re.compile(rf" (?:{_TITLE})\.? (?!(?:{_TITLE})\b)[A-Z][a-z]")


_NAME_CHARACTERS = re.compile(r"[\w’'-]")
_MAX_CUT_WORD = 3  # "St", "Mc", "De": the head of a name a stop cut


def _mentions(name: str, texts: Iterable[str]) -> Iterable[tuple[str, re.Match[str]]]:
    """Where the name stands as a whole name (the pattern opens with the name itself, so the
    search runs at the speed of a plain string search)."""
    pattern = re.compile(rf"{re.escape(name)}(?![\w’'-])")
    for text in texts:
        for match in pattern.finditer(text):
            start = match.start()
            if not start or not _NAME_CHARACTERS.match(text, start - 1):
                yield text, match


def names_an_office_holder(name: str, texts: Iterable[str]) -> bool:
    """Whether the article prints the name right before an office and a name ("New Jersey
    Gov. Phil Murphy"): the place or body the office belongs to."""
    return any(_OFFICE_AND_NAME.match(text, m.end()) for text, m in _mentions(name, texts))


def a_label_of_another(name: str, others: Sequence[str], texts: Iterable[str]) -> bool:
    """Whether every time the article prints the name, a comma and another figure's full
    name follow it ("Marathon Runner, Evan Scharts"): a description of that person."""
    full = [o for o in others if " " in o and o != name]
    seen = False
    for text, m in _mentions(name, texts):
        after = text[m.end() :]
        if not any(after.startswith(f", {o}") for o in full):
            return False
        seen = True
    return seen


def cut_at_a_stop(name: str, texts: Iterable[str]) -> bool:
    """Whether the name ends in a short word the article prints right before a full stop
    glued to a word ("Alain St" of "Alain St.Ange"): the name was cut at that stop (a full
    name before two sentences run together, "... Karake.The Mayor", is whole)."""
    if len(name.split()[-1]) > _MAX_CUT_WORD:
        return False
    for text, m in _mentions(name, texts):
        after = text[m.end() : m.end() + 2]
        if len(after) == 2 and after[0] == "." and after[1].isalpha():
            return True
    return False
