"""One-word names the article refers back to with "its": a body, not a person (round 30).

Reading of English news grammar: a person is "he", "she" or "they", never "it". When a
one-word name is the subject of a clause whose only possible owner of an "its" is that
name ("Ineos announced yesterday the closure of its plant"), the name is a company or a
body, and a quote credited to it goes to nobody, as the labels credit a body's statement.
An "its" after another clause's verb ("Zalar says the district has cut its budget") is
that clause's subject's, and the name stays a person; so does a name the article also
writes after a courtesy title ("The charity Lichada ... its" beside "Mr Lichada, its
founder": round 28's namesake of a body).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import HONORIFICS, words
from bot.authoring.speech_frame import inside_quoted

__all__ = ["referred_to_as_it"]

# Words that open another clause between the name and "its": its subject may own the "its".
_CLAUSE_WORDS = words(
    """
    has have had is was are were be been will would can could may might must shall should
    do does did that which who whose when while after before because if and but or
    """
)
_LOWER_RUN = r"(?:[a-z][\w’'-]*,?\s+){0,8}?"
# "Microsoft on Thursday said its ...": US wire style puts the day between subject and verb.
_WEEKDAY = r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
_COURTESY = "|".join(sorted(HONORIFICS, key=len, reverse=True))


def referred_to_as_it(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the one-word `name` as the subject of a verb whose
    clause refers back to it with "its" ("Ineos announced the closure of its plant");
    not when another clause opens first ("Zalar says the district has cut its budget")."""
    if " " in name:
        return False
    titled = re.compile(rf"\b(?:{_COURTESY})\.? {re.escape(name)}(?![\w’'])")
    if any(titled.search(text) for text in texts):
        return False  # "Mr Lichada": a person of that name
    clause = re.compile(
        rf"(?<![\w’'-]){re.escape(name)}\s+{_WEEKDAY}(?P<verb>[a-z]+)\s+(?P<run>{_LOWER_RUN})its\b"
    )
    for text in texts:
        for match in clause.finditer(text):
            if inside_quoted(text, match.start()):
                continue
            run = [w.strip(",") for w in match.group("run").split()]
            if match.group("verb") in _CLAUSE_WORDS or any(w in _CLAUSE_WORDS for w in run):
                continue
            return True
    return False
