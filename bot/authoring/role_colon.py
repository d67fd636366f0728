"""A name, its role set off by a comma, and a colon before the quote.

"Chester Williams, Commissioner of Police: “...”", "Jo Lee, captain of Wales: “...”": a
transcript's way of naming who speaks, with no verb; the role only describes the name. Read
only when every word between the comma and the colon could be part of a role: a role noun
among them, no verb of speech ("Lee, asked about it, said:" is a frame of its own), no
auxiliary or relative word ("Lee, who was there:", "Lee, meanwhile, had this to say:").
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words
from bot.authoring.role_noun import has_role_noun
from bot.authoring.roles import speech_verb_pattern
from bot.authoring.side_colon import plain_name

__all__ = ["role_colon", "role_colon_speaker"]

_APPOSED = re.compile(r",\s+(?P<role>[^:;“”\"«»()]{2,80}?),?\s*:")
_SPEECH_VERB = speech_verb_pattern()
_CLAUSE_WORDS = words(
    "who whose which that is was are were has had have will would can could did does do"
    " says said meanwhile however also then"
)
_MAX_WORDS = 10
# A paragraph that opens with a full name, a comma, the role and a colon before the quote.
_LINE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*){1,2})"
    r"(?P<rest>,\s+[^:;“”\"«»()]{2,80}?,?\s*:)\s*[“\"]"
)


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


def role_colon_speaker(text: str) -> tuple[str, str] | None:
    """(name, role) of a paragraph that opens "Name, role: “" ("Jo Lee, flanker and captain
    of Wales: “We dug deep ...”" -> "Jo Lee", "flanker and captain of Wales"; the first
    apposition only, when two follow the name); else None.
    A name holding a role's, a body's or a place's word is no person's ("Press Office,
    head of news:")."""
    match = _LINE.match(text)
    if match is None or not role_colon(match.group("rest")):
        return None
    name = match.group("name")
    if not plain_name(name):
        return None
    role = _APPOSED.fullmatch(match.group("rest").strip())
    return name, role.group("role").split(",")[0].strip() if role else ""
