"""A story paragraph closed by the wire's credit, not a photo's (round 41).

Wire copy republished by a news agency ends its last paragraph with the agencies' initials in
brackets: '"We will go on," the minister said. (AFP/NAN)'. A photo's credit names a
photographer or a picture desk after the slash ("(AP Photo/Jane Roe)", "(Reuters/Jane Roe)");
the wire's credit is two agencies' initials and follows a reported sentence with its quote.
Such a paragraph is the story's own text: it stays.
"""

from __future__ import annotations

import re

__all__ = ["closed_by_wire_credit"]

_INITIALS = r"(?:[A-Z]{2,6}|[a-z]{2,4})"
# A sentence's end (a stop, perhaps inside its closing quote mark), then "(AFP/NAN)".
_WIRE_CLOSE = re.compile(rf"[.!?][”\"’']?\s+\({_INITIALS}/{_INITIALS}\)\s*$")
_QUOTE_MARKS = re.compile(r"[\"“”]")


def closed_by_wire_credit(paragraph: str) -> bool:
    """Whether the paragraph carries a quote and ends, after its last sentence, with two
    agencies' initials in brackets ("... he said. (AFP/NAN)")."""
    return _QUOTE_MARKS.search(paragraph) is not None and bool(_WIRE_CLOSE.search(paragraph))
