"""A name, its role set off by a comma, and a colon before the quote.

"Chester Williams, Commissioner of Police: “...”", "Jo Lee, captain of Wales: “...”": a
transcript's way of naming who speaks, with no verb; the role only describes the name. Read
only when every word between the comma and the colon could be part of a role: a role noun
among them, no verb of speech ("Lee, asked about it, said:" is a frame of its own), no
auxiliary or relative word ("Lee, who was there:", "Lee, meanwhile, had this to say:").
"""

from __future__ import annotations

import re

from bot.authoring.cues import has_role_noun
from bot.authoring.lexicon import words
from bot.authoring.roles import speech_verb_pattern

__all__ = ["role_colon"]

_APPOSED = re.compile(r",\s+(?P<role>[^:;“”\"«»()]{2,80}?),?\s*:")
_SPEECH_VERB = speech_verb_pattern()
_CLAUSE_WORDS = words(
    "who whose which that is was are were has had have will would can could did does do"
    " says said meanwhile however also then"
)
_MAX_WORDS = 10


def role_colon(rest: str) -> bool:
    """Whether `rest`, the words between a name and a quote, is only a role after a comma
    and then a colon (", Commissioner of Police:")."""
    match = _APPOSED.fullmatch(rest.strip())
    if match is None:
        return False
    role = match.group("role")
    words = role.replace(",", " ").split()
    return (
        len(words) <= _MAX_WORDS
        and has_role_noun(role)
        and _SPEECH_VERB.search(role) is None
        and not any(w.casefold() in _CLAUSE_WORDS for w in words)
    )
