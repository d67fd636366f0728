"""A post in the plural is a group's, never a person's name (round 48).

"three Player Welfare Managers", "Deputy Lord Mayors Ada Vole and Jo Lee", "Premiers Lee and
Roe": a capitalised run holding a role noun or title in the plural names several holders of
one post, or the post itself, so the run is no one's name. Only plurals no surname takes are
read ("-ers", "-ors", "-ates", "-ents", "-ants", "-ists", "-ians" over a known role or
title): "Jo Deans", "Ada Kings" and "Princess Obi" stay people.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import TITLE_WORDS
from bot.authoring.roles import is_role_noun

__all__ = ["plural_post_in_name"]

_PLURAL_ENDING = re.compile(r"(?:er|or|ate|ent|ant|ist|ian)s$")
_TITLES = frozenset(t.casefold() for t in TITLE_WORDS)


def plural_post_in_name(name: str) -> bool:
    """Whether a word of `name` is a role noun or title in the plural ("Managers",
    "Mayors", "Magistrates")."""
    for word in name.split():
        low = word.casefold()
        if _PLURAL_ENDING.search(low) and (is_role_noun(low[:-1]) or low[:-1] in _TITLES):
            return True
    return False
