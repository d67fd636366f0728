"""A kicker over the headline: a section's or a series' label set in capitals above it.

Pages print a word or a short phrase in capitals over the headline ("CALL AND RESPONSE",
"OBITUARY", "WATER CRISIS", "NEWS AGENCY OF NIGERIA"): the page's label, never the headline,
which is the longer line in ordinary case right under it and ends with no stop. A headline
printed in capitals over a standfirst keeps its place: a standfirst ends its sentence.
"""

from __future__ import annotations

import re

__all__ = ["kicker_over_headline"]

_CAPS_LABEL = re.compile(r"^[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,3}$")
# "Rugby Club Rooms", "Online Puja Services": three capitalised words with no small word,
# over a longer headline, are a page's or a service's label too (round 53)
_TITLE_LABEL = re.compile(r"^[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){2}$")
_MIN_HEADLINE_WORDS = 5
_MAX_HEADLINE = 200
_ENDS = ".!:;,"
_DIGITS = re.compile(r"\d")


def kicker_over_headline(line: str, below: str) -> bool:
    """Whether `line`, one to four words in capitals (or three capitalised words: "Rugby
    Club Rooms"), labels the headline `below`: five
    words or more in ordinary case (lowercase letters in them), no final stop, no figures
    first (a timestamp), and longer than the label."""
    label = _CAPS_LABEL.match(line) or _TITLE_LABEL.match(line)
    if not label or not below or len(below) > _MAX_HEADLINE:
        return False
    words = below.split()
    return (
        len(words) >= _MIN_HEADLINE_WORDS
        and len(words) > len(line.split())
        and below[-1] not in _ENDS
        and any(ch.islower() for ch in below)
        and not _DIGITS.match(below)
    )
