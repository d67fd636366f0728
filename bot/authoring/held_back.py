"""Which names the draft keeps out of its figures: no role, no quote, and not surely a person.

A figure the article gives no role and no quote is drafted as "role unknown" for the editor
to fill in. Over the labeled sets that form was wrong more often than right (a place, a body,
a sentence's first word read as a name), so a name that is not surely a person's is held
back: no figure is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import HONORIFICS

__all__ = ["held_back"]

_COURTESY = "|".join(sorted(HONORIFICS, key=len, reverse=True))


def held_back(name: str, texts: Sequence[str]) -> bool:
    """Whether a name with no role and no quote stays out of the figures: one word the
    article never writes after a courtesy title ("Brighton", "FlightAware"; not "Mr Holm"),
    or a first word the article also writes in lowercase, a common word ("Emergency
    Childcare" beside "emergency care")."""
    words = name.split()
    if len(words) < 2:
        titled = re.compile(rf"\b(?:{_COURTESY})\.? {re.escape(name)}\b")
        return not any(titled.search(text) for text in texts)
    first = re.compile(rf"\b{re.escape(words[0].casefold())}\b")
    return any(first.search(text) for text in texts)
