"""An aside after a name that names the person's company, not the person's role.

"Ada Vole, alongside a local lawmaker, was arrested", "Ada Vole, together with the mayor,
said", "Ada Vole, as well as the mayor, said": the phrase between the commas opens with a
preposition of company, addition or likeness, so the role noun inside it ("lawmaker",
"mayor") is another person's, never the named one's (round 37).
"""

from __future__ import annotations

import re

__all__ = ["company_aside"]

_OPENERS = re.compile(
    r"(?:alongside|along with|together with|as well as|in addition to|apart from|aside from"
    r"|besides|like|unlike|including|among|amongst|plus|rather than|instead of|and not|not)\b",
    re.IGNORECASE,
)


def company_aside(phrase: str) -> bool:
    """Whether the apposition `phrase` names who is with or like the person ("alongside a
    local lawmaker"), not what the person is."""
    return _OPENERS.match(phrase.lstrip()) is not None
