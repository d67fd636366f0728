"""The speaker of a passive verb of speech: "This was said on Friday by Professor Ada Obi"
(round 47).

A paragraph with no quotation marks that says its words "were said", "stated" or
"announced" "by" one named person has that person speak, as "Ada Obi said this" would: a
quote opening the next paragraph with "he said" is theirs.
"""

from __future__ import annotations

import re

__all__ = ["said_by"]

# "was said on Friday by Professor ", "were stated by ", "was announced yesterday by Dr ":
# a passive of a verb of speech, at most four words (a time, a place) and "by", then titles.
_SAID_BY = re.compile(
    r"(?<![\w’'])(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:said|stated|announced|disclosed|revealed|declared|made\s+known)\s+"
    r"(?:[\w’'-]+\s+){0,4}?by\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"
)


def said_by(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the agent of a passive verb of speech."""
    return _SAID_BY.search(text, max(0, start - 90), start) is not None
