"""A paragraph signed by its writer: "... Egypt now waits for them, writes JOHN ROE."

A standfirst or a lede that closes with ", writes <name>." carries the byline in its last
words; a statement built on it keeps the writer's name (a page's line, not the news) and
often leans on the headline it sums up. The drafter asks no question of such a sentence.
"""

from __future__ import annotations

import re

__all__ = ["signed_by_the_writer"]

# ", writes Gamal Essam El-Din" / ", writes JOHN VIANNEY NSIMBE.": one to five capitalised
# words after "writes", then the sentence's end.
_SIGNED = re.compile(r",\s+writes\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*[.!]?[\"”’']?\s*$")


def signed_by_the_writer(sentence: str) -> bool:
    """Whether the sentence closes with the writer's ", writes <name>"."""
    return _SIGNED.search(sentence) is not None
