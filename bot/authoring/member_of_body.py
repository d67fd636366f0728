"""One of a group named by the body it belongs to: "one of the owners of Tarn Mining, Ola
Brandt" (round 54).

Reading of English news grammar: in "one of the owners of Tarn Mining" the capitalised run
after the preposition is the object of "of" (the body the group belongs to), never one of
the group; the person is the name set off after it by a comma ("..., Ola Brandt,"), or the
name the phrase is set after ("Ola Brandt, one of the owners of Tarn Mining,"). The role is
the group's noun in the singular with its body: "owner of Tarn Mining".
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["group_of_a_body", "member_of_a_body"]

_PREPOSITIONS = frozenset({"of", "at", "for", "in", "from", "with", "on"})
_GROUP = r"one of (?:the|its|their|our|his|her) (?P<group>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*s)"
_BODY = (
    r"(?P<link>of|at|for|with|from) (?P<body>(?:the )?[A-Z][\w’'&.-]*"
    r"(?: (?:of |and |& |the )*[A-Z][\w’'&.-]*){0,5})"
)
# "one of the owners of Tarn Mining, Ola Brandt": the phrase, a comma, then the name.
_BEFORE = re.compile(rf"(?<![\w’'])[Oo]{_GROUP[1:]} {_BODY}, $")
# "Ola Brandt, one of the owners of Tarn Mining, said": the phrase closed after the body.
_AFTER = re.compile(rf", {_GROUP} {_BODY}(?=[,.;:]| (?:said|says|told)\b)")


def group_of_a_body(group: str) -> bool:
    """Whether the lowercase words of "one of the ..." end on a preposition ("owners of"):
    the capitalised run after them is the preposition's object, a body, not one of the
    group."""
    return group.rsplit(" ", 1)[-1] in _PREPOSITIONS


def member_of_a_body(
    text: str, start: int, end: int, single: Callable[[str], str | None]
) -> str | None:
    """The role of the name at text[start:end] written as one of a group of a body ("owner
    of Tarn Mining"); `single` gives a plural role noun's singular when it is a role noun,
    else None."""
    match = _BEFORE.search(text, max(0, start - 120), start) or _AFTER.match(text, end)
    if match is None:
        return None
    *modifiers, noun = match.group("group").split()
    role = single(noun)
    if role is None:
        return None
    return " ".join([*modifiers, role, match.group("link"), match.group("body")])
