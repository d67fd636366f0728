"""Words of a right answer that students leave out without changing what it names: a
possessive or a possessor before it ("shoulder" for "his shoulder", "first term" for "her first
term", "fitness levels" for "the players' fitness levels"), the "with a" of a manner ("header"
for "with a header"), and a football club's "United", "FC" or "AFC" after its town
("peterborough" for "Peterborough United"); for `matching.is_correct`.

Each shorter form keeps at least one word of the answer's own, so it names the same thing; a
wrong word in its place ("his arm", "peterborough city") still differs from it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["shorter_forms"]

# An opening that says whose the thing is: "his", "their", "the players'"; a capital's
# possessor belongs to a name ("People's Republic of China"), so it stays.
_POSSESSIVE = re.compile(
    r"^(?:(?i:his|her|their|its|my|our|your)\s+|(?:[Tt]he\s+)?[a-z]+(?:s'|'s|’s|s’)\s+)"
)
# The opening of a manner: "with a header", "by a penalty".
_MANNER = re.compile(r"^(?:with|by)\s+(?:a|an|the|his|her|their)\s+", re.IGNORECASE)
# A football club's kind after its town's name.
_CLUB = re.compile(r"^([^\W\d_][\w'’ .-]*?)\s+(?:united|utd|fc|afc)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _forms(right: str) -> tuple[str, ...]:
    text = right.strip()
    forms = []
    for opening in (_POSSESSIVE, _MANNER):
        if (match := opening.match(text)) and text[match.end() :].strip():
            rest = text[match.end() :].strip()
            forms += [rest, f"the {rest}", f"a {rest}"]
    if match := _CLUB.match(text):
        forms.append(match.group(1))  # "fc" after it is read past, "utd" is "united"
    return tuple(forms)


def shorter_forms(rights: Sequence[str]) -> tuple[str, ...]:
    """The right answers' forms without what students leave out, none already among them."""
    seen = {right.casefold() for right in rights}
    found: list[str] = []
    for right in rights:
        for form in _forms(right):
            if form.casefold() not in seen:
                seen.add(form.casefold())
                found.append(form)
    return tuple(found)
