"""A surname two known people share, read as the one the paragraph has just named in full.

`Anand Kumar, a police chief, said ... “...,” Kumar told reporters.`: when an article names
several Kumars, a bare "Kumar" is nobody's (`People.mentions`), yet news prose uses the bare
surname for the person named in full a sentence or two before in the same paragraph. So a
shared form is given to the one person of that form named by a longer form earlier in the
paragraph; with two or more of them named there (`Vinod Kumar said his brother Anand Kumar
...`), or none, it stays nobody's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.authoring.people import Mention, People

__all__ = ["shared_surnames_resolved"]


def shared_surnames_resolved(text: str, mentions: list[Mention], people: People) -> list[Mention]:
    """`mentions` with each bare shared surname given to the one person of that surname
    named in full before it in `text` (the paragraph), when there is exactly one."""
    out: list[Mention] = []
    for m in mentions:
        if m.key is None and m.pronoun is None:
            keys = people.forms.get(text[m.start : m.end], [])
            named = {o.key for o in out if o.key in keys and o.end - o.start > m.end - m.start}
            if len(keys) > 1 and len(named) == 1:
                m = replace(m, key=named.pop())
        out.append(m)
    return out
