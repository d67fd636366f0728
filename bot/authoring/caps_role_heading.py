"""A speaker heading that sets the role in capitals before the name, with no colon:
"HEAD COACH Tom Penders", "CAPTAIN Siya Kolisi". A post-game quotes sheet heads each
speaker's answers so; the line is that figure with their role, never a section title."""

from __future__ import annotations

import re

from bot.authoring.lexicon import ROLE_NOUNS

__all__ = ["caps_role_heading"]

# One to four words in capitals, then a name of two or three words in mixed case.
_CAPS_ROLE_NAME = re.compile(
    r"(?P<role>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}) "
    r"(?P<name>[A-Z][a-z][\w'’.-]*(?: [A-Z][a-z][\w'’.-]*){1,2}):?"
)


def caps_role_heading(text: str) -> tuple[str, str] | None:
    """(name, role in lowercase) of a line that is a role in capitals holding a role noun
    and then a name in mixed case ("HEAD COACH Tom Penders" -> "Tom Penders", "head
    coach"); else None. A name word that is itself a role noun ("COACH Head Coach") is no
    name."""
    match = _CAPS_ROLE_NAME.fullmatch(text.strip()) if len(text) <= 60 else None
    if match is None:
        return None
    role, name = match.group("role"), match.group("name")
    if not _role_noun(role) or _role_noun(name):
        return None
    return name, role.lower()


def _role_noun(phrase: str) -> bool:
    return any(w.casefold() in ROLE_NOUNS for w in phrase.split())
