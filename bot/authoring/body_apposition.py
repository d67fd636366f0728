"""A one-word name set beside a body's noun (round 31).

Reading of English news prose: a name followed by "the" and a body's noun as an apposition
("Unite the union branded the decision ...", "Crustana, the bakery chain, said") names that
body; a person is "Ada Obi, the union's leader" or "Obi, the union leader" (the body's noun
then qualifies a role), never "Obi the union". A quote credited to such a name is a body's
statement: it goes to nobody, like round 30's bodies referred to as "it". The name must
open the sentence or follow a mark: "told Jones the company failed" is an object and a clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import SPEECH_VERBS
from bot.authoring.orgs import ORG_NOUNS

__all__ = ["apposed_to_a_body"]

_SPEECH = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len))
# After the body's noun: the apposition ends (a comma, a stop) or the verb follows.
_CLOSE = rf"(?:\s*[,.;)]|\s+(?:{_SPEECH}|[a-z]+ed)\b)"
# Before the name: the paragraph's start or a mark; never a verb or a preposition ("told
# Jones the company failed": Jones is an object there, "the company failed" a clause).
_OPENS = re.compile(r"(?:^|[.;:!?,(“\"‘']\s*)$")


def apposed_to_a_body(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes a one-word name right before "the" and a body's noun,
    as an apposition ("Unite the union branded", "Unite, the union, said")."""
    if " " in name:
        return False
    pattern = re.compile(
        rf"(?<![\w’'-]){re.escape(name)},?\s+the\s+(?:[a-z][\w-]*\s+){{0,2}}?"
        rf"(?P<noun>[a-z]+){_CLOSE}"
    )
    return any(
        m.group("noun") in ORG_NOUNS and _OPENS.search(text, 0, m.start()) is not None
        for text in texts
        for m in pattern.finditer(text)
    )
