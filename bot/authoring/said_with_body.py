"""The body a speaker works with, named after the speaker at a sentence's end.

`“...,” said Ada Vole with the Norvik Weather Service’s Flood Centre.`, `“...,” say Jo Lee
with NRTA.`: after a verb of saying, the speaker's name, then "with" and a body closing the
sentence. The body is where the speaker works: the role is "with" and the body, as it is
for a sentence's subject written "Ada Vole with the Met Office said" (`person_notes.
role_with_body_after`). The body's last word is a body's word ("Centre", "Service") or
initials in capitals; anything else ("with her husband", "with Jo Lee") gives no role.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import ORG_KEYWORDS

__all__ = ["body_closing_said"]

_WITH_BODY_AT_END = re.compile(
    r" with (?P<role>(?:the )?(?:[A-Z][\w&-]*(?:’s|'s)? ){0,6}(?P<last>[A-Z][\w&-]*))"
    r"(?=[.;]|$)"
)
_INITIALS = re.compile(r"[A-Z]{2,6}")


def body_closing_said(text: str, end: int) -> str | None:
    """ "with the Storm Prediction Center" right after a speaker's name ending at `end`,
    closing the sentence, when its last word is a body's word or initials; the caller asks
    only when a verb of saying stands right before the name."""
    match = _WITH_BODY_AT_END.match(text, end)
    if match is None:
        return None
    last = match.group("last")
    if last not in ORG_KEYWORDS and not _INITIALS.fullmatch(last):
        return None
    return f"with {match.group('role')}"
