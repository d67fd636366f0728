"""A body's name printed against a person's name after the noun that introduces the body.

"Chairman of farmers’ organisation Agractie Bart Kemp said": the capitalised word after the
lowercase "organisation" is the body's name, and the person is the given name and surname
after it. English news often runs a body's name straight into its officer's name with no
comma ("union Unite general secretary ..."); no given name follows such a noun, so the words
up to the first given name belong to the body. A word run is cut only when what is left is
a given name and at least one more word (precision first: otherwise the name is left).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.namesakes import is_given_name

__all__ = ["without_organisation_lead"]

_BODY_NOUN = (
    r"(?:organi[sz]ation|group|union|association|federation|charity|movement|alliance"
    r"|coalition|network|foundation|society|campaign|lobby|NGO)"
)
MIN_NAME_WORDS = 2
MAX_BODY_WORDS = 2


def without_organisation_lead(name: str, texts: Sequence[str]) -> str:
    """ "Agractie Bart Kemp" -> "Bart Kemp" when the article prints "organization Agractie
    Bart Kemp": up to two words after a lowercase body noun, none a given name, before a
    given name and a surname, are the body's name."""
    words = name.split()
    for cut in range(1, MAX_BODY_WORDS + 1):
        rest = words[cut:]
        if len(rest) < MIN_NAME_WORDS:
            return name
        if is_given_name(words[cut - 1]) or not words[cut - 1].isalpha():
            return name
        if not is_given_name(rest[0]):
            continue
        body = " ".join(words[:cut])
        person = re.escape(" ".join(rest))
        lead = rf"(?<![\w’'-]){_BODY_NOUN}\s+{re.escape(body)}\s+"
        after_noun = re.compile(rf"{lead}{person}(?![\w’'-])")
        if any(after_noun.search(text) for text in texts):
            return " ".join(rest)
        return name
    return name
