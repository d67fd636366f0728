"""The body at the end of an open apposition, right before the verb: no speaker.

`Ola Berg, CEO of Varn Water said: “...”`: news copy often leaves the apposition after a
name unclosed, so the capitalised words after its "of", "at", "for" or "with" stand right
before the verb. They name the body the person works for (or the client a lawyer acts for),
and the verb is the named person's: the words before it gain no person's cue from it. The
apposition: a full name (two to four capitalised words, not after "the" or "of": "the PNG
Government, Secretary for Defence" is no person's) and its comma, then up to six words
with a role noun and no comma, not opened by a possessive ("in Fiji, Tonga’s Minister of
Education" is a place, then an office), ending in the preposition (and perhaps "the").
"""

from __future__ import annotations

import re

from bot.authoring.role_noun import has_role_noun

__all__ = ["body_ends_apposition"]

_OPEN_APPOSITION = re.compile(
    r"(?<![\w’'.-])(?<!the )(?<!of )[A-Z][\w’'.-]*\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*,\s+"
    r"(?P<role>(?![A-Z][\w.-]*(?:’s|'s)\s)(?:[\w’'&.-]+\s+){1,6}?)(?:of|at|for|with)\s+(?:the\s+)?$"
)


def body_ends_apposition(text: str, s_start: int, at: int) -> bool:
    """Whether the words at `at` follow, in their sentence (from `s_start`), an open
    apposition's role and its preposition ("Ola Berg, CEO of " before "Varn Water said")."""
    match = _OPEN_APPOSITION.search(text, max(s_start, at - 100), at)
    return match is not None and has_role_noun(match.group("role"))
