"""An aside between dashes: "Clarke – who saw Gordon's late save – said".

British and Irish news prose sets an aside off with dashes as often as with commas; the
name before the first dash is the subject of the verb after the second, and a name inside
the aside is not who speaks ("Obi – backed by Bello, his deputy – added"). The aside holds
no quotation mark, no colon or semicolon and no third dash; a hyphen counts as a dash only
with a space either side.
"""

from __future__ import annotations

import re

__all__ = ["dash_aside", "past_dash_aside"]

_DASH_ASIDE = re.compile(r"\s+[–—-]\s+[^–—;:“”\"]{1,200}?\s+[–—-]\s*")


def dash_aside(text: str, subject_end: int, verb_start: int) -> bool:
    """Whether the text between a subject and its verb is one aside between dashes."""
    between = _DASH_ASIDE.fullmatch(text, subject_end, verb_start)
    return between is not None and " - " not in between.group().strip()[1:-1]


def past_dash_aside(rest: str) -> str:
    """The words after a name with one dash aside dropped (" – a nurse at the clinic – told
    reporters" -> "told reporters"); `rest` itself when it opens with no such aside."""
    aside = _DASH_ASIDE.match(rest)
    if aside is None or " - " in aside.group().strip()[1:-1]:
        return rest
    return rest[aside.end() :]
