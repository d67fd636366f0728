"""The end of an agency's story on a page that carries it.

A site printing wire copy signs it off with the agency's name alone on a line under the last
paragraph ("The Associated Press", "— Bernama", "Reuters"); what the page prints below it is
its own: a traffic and weather box, teasers, links. Above the story the same name is a
byline ("ANI" over the dateline), so only a sign-off below the story's prose ends the
article, and only when nothing below it reads as a story paragraph (over 80 characters,
closed by a stop; a teaser cut off with "…" is a box's), which keeps the story when the
name is a photo's credit amid it.
"""

from __future__ import annotations

import re

__all__ = ["flag_below_wire_sign_off"]

_AGENCY_SIGN_OFF = re.compile(
    r"^[—–-]?\s?(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bernama|"
    r"(?:the )?canadian press|cp|pa|pa media|press association|upi|dpa|efe|ansa|xinhua|kyodo|"
    r"yonhap|ani|ians|pti|aap|anadolu(?: agency)?|tass|news agencies|agencies)\.?$",
    re.IGNORECASE,
)
_STOPS = '.!?"”’)'
_MIN_PROSE = 80


def flag_below_wire_sign_off(lines: list[str], flags: list[bool]) -> None:
    """Flag an agency's sign-off under the story's prose and every line below it."""
    story_began = False
    for i, line in enumerate(lines):
        if story_began and _AGENCY_SIGN_OFF.match(line):
            below = zip(lines[i + 1 :], flags[i + 1 :], strict=True)
            if not any(_story_paragraph(text, flagged) for text, flagged in below):
                flags[i:] = [True] * (len(lines) - i)
            return
        story_began = story_began or _story_paragraph(line, flags[i])


def _story_paragraph(line: str, flagged: bool) -> bool:
    """A kept paragraph of prose closed by a stop (not a teaser cut off with "…")."""
    return not flagged and len(line) > _MIN_PROSE and line[-1] in _STOPS
