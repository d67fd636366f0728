"""A line closed by a bare number in brackets (round 44).

A page's form: a widget's counter ("Comments (7)", "Entries in Power Outages (13)"), a
gallery's picture number under its label ("Government Hospital (4)") or a picture's file
number after its caption ("The harbour at dawn. (28390217)"). A story's paragraph never
ends on a number alone in brackets after a space: a list's "(2)" opens its item, and a
law's "section 5(1)" is glued to its section and followed by the sentence's stop.
"""

from __future__ import annotations

import re

__all__ = ["closed_by_bare_number"]

_MAX_LINE = 200
_CLOSING_NUMBER = re.compile(r"\S \(\d+\)$")


def closed_by_bare_number(line: str) -> bool:
    """Whether the line ends on a space and a bare number in brackets."""
    text = line.strip()
    return len(text) <= _MAX_LINE and _CLOSING_NUMBER.search(text) is not None
