"""A run of capitals that a bracketed acronym spells out is a body or an office, not a person.

"the office of the Director Public Prosecution (DPP)", "Senior Superintendent Police (SSP)",
"Corporate Communications Unit (CCU)": English news writes an office's or a body's initials
in brackets after its name, over 221 of the 1,558 labeled pages (291 times), and never after
a person the labels list. A "name" the drafter reads out of such a run ("Public
Persecution", with "Director" as its title) is the office's words, so a person named only
there is nobody: the quotes credited to them stay unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["spelt_by_acronym"]

# Small words an acronym skips ("Director of Public Prosecutions (DPP)").
_SKIPPED = frozenset({"of", "the", "and", "for", "on", "&", "in"})
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")
_WORD = re.compile(r"[\w’'.&-]+")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the words' initials, the small words skipped, are exactly the acronym."""
    kept = [w for w in words if w.casefold() not in _SKIPPED]
    return all(w[0].isupper() for w in kept) and "".join(w[0] for w in kept) == acronym


def _spelt_here(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end`, alone or with the words right before it, is spelt
    out by an acronym in brackets right after it."""
    after = _ACRONYM_AFTER.match(text, end)
    if after is None:
        return False
    acronym = after.group(1)
    name = _WORD.findall(text[start:end])
    before = _WORD.findall(text[max(0, start - 80) : start])
    return any(
        _spells(acronym, [*before[len(before) - lead :], *name])
        for lead in range(0, min(len(before), len(acronym) + 2) + 1)
    )


def spelt_by_acronym(name: str, texts: Iterable[str]) -> bool:
    """Whether every time the article writes `name` a bracketed acronym right after it
    spells it out, alone or with the title words before it ("Director Public Persecution
    (DPP)"): the name is an office's or a body's, not a person's. A name written even once
    without the acronym is left alone ("President Ada Obi (PAO)" and then "Ada Obi")."""
    pattern = re.compile(rf"(?<![\w’']){re.escape(name)}(?![\w’'])")
    seen = False
    for text in texts:
        for match in pattern.finditer(text):
            if not _spelt_here(text, match.start(), match.end()):
                return False
            seen = True
    return seen
