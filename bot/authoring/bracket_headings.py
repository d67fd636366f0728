"""Speaker headings that give the side in brackets: "Arsene Wenger (Arsenal)".

A round-up of what managers said sets each one's quotes under a line that is only their name
and, in brackets, the side they speak for. Read as a speaker heading only when the paragraph
after it opens with a quotation mark: "Buenos Aires (AFP)" is a dateline, "Post Comments
(Atom)" page furniture, and neither stands over a quote.
"""

from __future__ import annotations

import re

__all__ = ["bracketed_heading", "bracketed_name"]

# A name of two to four capitalised words, a space, and a short bracket opening with a capital.
_BRACKETED = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) \(([A-Z][^()]{0,40})\)")
_QUOTE_OPENERS = ('"', "“", "‘", "'", "«")


def bracketed_name(line: str) -> str | None:
    """The name of a line that is only a name and a bracket ("Gary Megson (Bolton)"), else
    None."""
    text = line.strip()
    match = _BRACKETED.fullmatch(text) if len(text) <= 80 else None
    return match.group(1) if match else None


def bracketed_heading(line: str, after: str) -> str | None:
    """The name of `line` when it is a bracketed speaker heading over `after`, the next
    paragraph, which opens with a quotation mark; else None."""
    name = bracketed_name(line)
    if name is None or not after.lstrip().startswith(_QUOTE_OPENERS):
        return None
    return name
