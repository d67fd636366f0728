"""A person set off by "who lives in ..." is a resident.

"Ada Vole, who lives in Dunmore, said the water came in at night", "Jo Lee, who lives across
the street from the plant": the news story's way of saying a resident speaks. The clause is
no office, so the drafter gave such speakers "role unknown"; the role is "resident", with
the place when the clause names it in capitals ("resident of Dunmore").
"""

from __future__ import annotations

import re

__all__ = ["resident_who_lives"]

_WHO_LIVES = re.compile(
    r",? who (?:lives|has lived|resides)"
    r"(?: (?:in|at) (?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})(?=[,.;]| in | with | and )"
    r"| (?:in|at|near|nearby|across|next|on|down|around)\b)"
)


def resident_who_lives(text: str, end: int) -> str | None:
    """ "resident of Dunmore" for ", who lives in Dunmore," right after a name ending at
    `end`; "resident" for ", who lives nearby" or "... across the street"; None otherwise."""
    match = _WHO_LIVES.match(text, end)
    if match is None:
        return None
    place = match.group("place")
    return f"resident of {place}" if place else "resident"
