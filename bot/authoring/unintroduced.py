"""A one-word speaker the article never introduces (round 31).

Reading of English news prose: a person is introduced with a full name (or a title) before
a surname alone stands for them. A one-word name written only once, in a paragraph that
introduces someone else by full name ("Police spokesman Dan Bahadur Karki said ...
“...,” Kutch told Reuters."), is a slip of the page (a mistyped or machine-translated name,
most likely the person just introduced): who spoke cannot be known safely, so the quote
goes to nobody. A surname alone in a paragraph that introduces nobody else stays (a page
whose opening with the full name was cut: "Shah said it was necessary").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["unintroduced_beside_another"]


def unintroduced_beside_another(
    name: str, texts: Sequence[str], paragraph: str, others: Sequence[str]
) -> bool:
    """Whether the one-word `name` is written once in all `texts`, and `paragraph` (where
    it is) writes one of `others` (other people's full names)."""
    if " " in name:
        return False
    written = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
    if sum(len(written.findall(text)) for text in texts) != 1 or not written.search(paragraph):
        return False
    return any(" " in other and other in paragraph for other in others)
