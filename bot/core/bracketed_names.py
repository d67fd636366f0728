"""A body's full name where the briefing gives the answer in brackets after it: "South African
National Taxi Council" for the answer "Santaco", where a tested fact says "the South African
National Taxi Council (Santaco)". A student who types the name the article spells out has named
the body. Read only from the facts the question tests, only for an answer of one word (a short
name or an acronym), and only for a name of two to eight capitalised words ("of", "for", "and"
may join them) that begins with the answer's first letter, as a short name or an acronym of it
does (so "Cape Town (Delft)" names no Delft). For `answer_reading.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["full_names_before_brackets"]

_WORD = r"[A-Z][\w'’.-]*"
_JOIN = r"(?:of|for|and|&)"
_ONE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def full_names_before_brackets(answers: Sequence[str], texts: Sequence[str]) -> tuple[str, ...]:
    """The full names `texts` write right before a one-word right answer in brackets
    ("Chelsea Pitch Owners (CPO)" -> "Chelsea Pitch Owners" for "CPO")."""
    found: list[str] = []
    for answer in answers:
        short = answer.strip()
        if not _ONE_WORD.fullmatch(short):
            continue
        for text in texts:
            if short.casefold() not in text.casefold():
                continue  # the common case, without the pattern
            for match in _before(short).finditer(text):
                name = _THE.sub("", match[1])
                if name[:1].casefold() == short[:1].casefold() and " " in name:
                    found.append(name)
    return tuple(dict.fromkeys(found))


_THE = re.compile(r"^the\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _before(short: str) -> re.Pattern[str]:
    """Two to eight capitalised words right before `short` in brackets."""
    return re.compile(
        rf"\b({_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD}){{1,7}})\s*\(\s*(?i:{re.escape(short)})\s*\)"
    )
