"""The outlet's slogan printed over or under its name (round 47).

"Scotland’s fortnightly political & current affairs magazine", "The most credible news
source in Barbados", "The official website of the President of ...", "The Voice of
Universities": the site describing itself, a line with no verb and no stop that names what
the outlet is (a magazine, a newspaper, a news source, a website) after "The" or a place's
possessive and at least one word that qualifies it. A headline has a verb ("Scotland’s oldest
newspaper closes"); a line that ends on the outlet's noun, or on "of"/"in" and a name after
it, has none.
"""

from __future__ import annotations

import re

__all__ = ["is_outlet_slogan"]

_WORD = r"[\w&'’,-]+"
_SLOGAN = re.compile(
    rf"^(?:The|(?:[A-Z][\w.-]* ){{0,2}}[A-Z][\w.-]*['’]s) (?:{_WORD} ){{1,6}}"
    r"(?i:newspaper|magazine|news ?source|news ?site|news ?website|website|news ?portal)"
    r"(?: (?:of|in|for|on|from) (?:the )?[A-Z][\w'’-]*(?: (?:of|the|[A-Z][\w'’-]*)){0,6})?$|"
    r"^The Voice of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$"
)
_MAX_SLOGAN = 100


def is_outlet_slogan(line: str) -> bool:
    """Whether a line is the outlet's description of itself (see the module docstring)."""
    return len(line) <= _MAX_SLOGAN and bool(_SLOGAN.match(line))
