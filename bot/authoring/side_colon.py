"""A quotes sheet's line that names the speaker and their side before a colon and the
quote: "Dave Rice, UNLV: “...”", "Tad Boyle, Colorado State: “...”". A transcript's way of
saying who speaks, one person per line, with no verb; the side (a team, a club, a body) is
what the figure stands for."""

from __future__ import annotations

import re

from bot.authoring.lexicon import (
    MONTHS,
    NOT_NAMES,
    ORG_KEYWORDS,
    PLACE_KEYWORDS,
    ROLE_NOUNS,
    WEEKDAYS,
)

__all__ = [
    "bare_colon_speaker",
    "plain_name",
    "side_colon",
    "side_colon_speaker",
    "side_when_free",
]

_SIDE = r"(?P<side>(?:[A-Z][\w&'’.-]*)(?: (?:of |de |and )?[A-Z][\w&'’.-]*){0,3})"
_REST = re.compile(rf",\s+{_SIDE}\s*:")
_LINE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*){1,2}),\s+"
    rf"{_SIDE}:\s*[“\"]"
)
# "Thomas Tuchel: “...”": the name alone before the colon, as a round-up of several
# speakers prints each one's words.
_BARE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*){1,2}):\s*[“\"]"
)
_MONTH_SHORT = frozenset(m[:3] for m in MONTHS) | {"Sept"}
_WHEN = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"Today", "Yesterday", "Tonight"}


def side_colon(rest: str) -> bool:
    """Whether `rest`, the words between a name and a quote, is only a comma, a side in
    capitalised words ("UNLV", "South Dakota State") and a colon; a day or month is when,
    not whose ("Lee, Friday:")."""
    match = _REST.fullmatch(rest.strip())
    return match is not None and _side_ok(match.group("side"))


def side_colon_speaker(text: str) -> tuple[str, str] | None:
    """(name, side) of a paragraph that opens "Name, Side: “" ("Dave Rice, UNLV: “I
    think ...”" -> "Dave Rice", "UNLV"); else None. A body's or a place's words are no
    name ("Press Office, Weston State: “...”")."""
    match = _LINE.match(text)
    if match is None or not _side_ok(match.group("side")) or not plain_name(match.group("name")):
        return None
    return match.group("name"), match.group("side")


def bare_colon_speaker(text: str) -> str | None:
    """The name of a paragraph that opens "Name: “" with a given name and a surname and
    nothing else ("Thomas Tuchel: “We played ...”" -> "Thomas Tuchel"); else None. A body's,
    a role's or a place's words are no name ("Club Statement: “...”")."""
    match = _BARE.match(text)
    if match is None:
        return None
    name = match.group("name")
    return name if plain_name(name) else None


def _side_ok(side: str) -> bool:
    return not any(word in _WHEN for word in side.split())


def plain_name(name: str) -> bool:
    """Whether a line's name holds no role's, body's or place's word (a person's name)."""
    return not any(
        w in NOT_NAMES or w in ORG_KEYWORDS or w in PLACE_KEYWORDS or w.casefold() in ROLE_NOUNS
        for w in name.split()
    )


def side_when_free(side: str) -> bool:
    """Whether a line's side after the name holds no date ("Colombo, Feb 21:" is a
    dateline, not a speaker and their side)."""
    return (
        _side_ok(side)
        and not any(c.isdigit() for c in side)
        and not any(w.rstrip(".") in _MONTH_SHORT for w in side.split())
    )
