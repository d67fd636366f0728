"""A body of two words typed as its two initials ("AP" for the Associated Press, "EU" for the
European Union), read only where the question asks for such a body ("Which news agency",
"which party"), the two words are a proper name of four letters or more each, and the two
letters are no word or chat of their own ("ok", "tf", "is"). Initials of three words or more
are read by `matching` wherever the answer is no person; two letters are too often something
else for that. The labelled real articles write such a name with its two initials in brackets
75 times ("European Union (EU)", "Danmarks Radio (DR)", "Democratic Alliance (DA)"). For
`quiz.judge`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ASKS_BODY", "initials_of_a_body"]

# A question that asks for a body, not a person or a place.
ASKS_BODY = re.compile(
    r"\b(?:agency|agencies|organi[sz]ation|body|party|broadcaster|network|outlet|newspaper|"
    r"news|union|alliance|bloc|commission|company|channel|station)\b",
    re.IGNORECASE,
)
# "The Associated Press", "European Union": two capitalised words of four letters or more.
_TWO_WORD_NAME = re.compile(r"^(?:the\s+)?([A-Z][a-z]{3,})\s+([A-Z][a-z]{3,})$", re.IGNORECASE)
# Two letters that are a word or chat of their own, never read as initials.
_TAKEN = frozenset(
    [
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "ha",
        "he",
        "hi",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "oh",
        "ok",
        "on",
        "or",
        "ox",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ya",
        "ye",
        "yo",
        "tf",
        "ty",
        "np",
        "gg",
        "ik",
        "ig",
        "rn",
        "fr",
        "jk",
        "ok",
        "lo",
        "la",
        "le",
        "el",
        "al",
        "un",
        "tu",
    ]
)


def initials_of_a_body(answers: Sequence[str], prompt: str) -> tuple[str, ...]:
    """The two initials of each right answer that is a body's two-word name, where the
    question asks for a body ("ap" for "The Associated Press")."""
    if not ASKS_BODY.search(prompt):
        return ()
    found: list[str] = []
    for answer in answers:
        name = _TWO_WORD_NAME.fullmatch(answer.strip())
        if name is None or not (name[1][0].isupper() and name[2][0].isupper()):
            continue
        initials = (name[1][0] + name[2][0]).casefold()
        if initials not in _TAKEN:
            found.append(initials.upper())
    return tuple(found)
