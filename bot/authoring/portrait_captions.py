"""A portrait's caption on top of a page that prints no headline.

"Nordland Minister of Fisheries, Jane Roe" over the lede "OSLO – Nordland's Minister of
Fisheries, Jane Roe, has denied ...": a role in capitalised words, a comma and a name, no
verb, the words the lede then repeats about the same person. A headline says what happened
(a verb, a lowercase word); a caption names who is in the picture. Only the page's first kept
line is read, and only when the paragraph under it repeats its last words with the name.
"""

from __future__ import annotations

import re

__all__ = ["flag_portrait_caption"]

_JOIN = r"(?:of|the|and|for|in|on|at|to|&)"
_WORD = r"[A-Z][\w’'.-]*"
_ROLE_AND_NAME = re.compile(
    rf"^(?P<role>{_WORD}(?: (?:{_WORD}|{_JOIN})){{1,11}}), "
    rf"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.? )?{_WORD}(?: {_WORD}){{1,3}})$"
)
_REPEATED_WORDS = 3  # the role's last words the lede repeats with the name


def flag_portrait_caption(lines: list[str], flags: list[bool]) -> None:
    """Flag the first kept line when it is a role and a name that the kept paragraph under it
    repeats (its role's last three words, the comma and the name)."""
    kept = [i for i, flag in enumerate(flags) if not flag and lines[i]]
    if len(kept) < 2:
        return
    top, lede = lines[kept[0]], lines[kept[1]]
    match = _ROLE_AND_NAME.match(top)
    if match is None:
        return
    tail = " ".join(match.group("role").split()[-_REPEATED_WORDS:])
    if f"{tail}, {match.group('name')}" in lede:
        flags[kept[0]] = True
