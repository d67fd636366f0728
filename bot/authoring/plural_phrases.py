"""A capitalised phrase the article also writes in the plural is a common noun (round 32).

Reading of English news prose: "These Marathon Runners are pushing ..." and later "said
Marathon Runner, Evan Scharts": a phrase of two words or more that the article also writes
with its last word in the plural names a kind of people, capitalised by the outlet's habit,
not a person; a person's name has no plural in the story ("the Kellys" is one word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["written_as_plural"]

_NAME_CHAR = re.compile(r"[\w’'-]")


def written_as_plural(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the name `name` (two words or more) with its last word
    in the plural ("Marathon Runners" beside "Marathon Runner")."""
    if " " not in name or name.endswith("s"):
        return False
    for text in texts:
        for ending in ("s", "es"):
            plural = name + ending
            at = text.find(plural)
            while at >= 0:
                end = at + len(plural)
                if not (at and _NAME_CHAR.match(text, at - 1)) and not _NAME_CHAR.match(text, end):
                    return True
                at = text.find(plural, end)
    return False
