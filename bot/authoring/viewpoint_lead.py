"""A name whose view a sentence gives, fronted by "For" (round 47).

`For Ada Obi, a harbour pilot, it is about the weather. “Will the boats sail?” she asks.`:
the person after "For" (titles before the name allowed), closed by a comma and perhaps an
apposition, is whom the sentence is about, though no verb follows the name; the main
clause after the comma opens with a lowercase word. A he/she later in the paragraph may
mean that person as it may mean a sentence's subject.
"""

from __future__ import annotations

import re

__all__ = ["viewpoint_name"]

# "For ", then titles or given names before the mention ("For Mayor ", "For ").
_FOR_LEAD = re.compile(r"For\s+(?:[A-Z][\w.’'-]*\s+){0,3}")
# ", it was all about", ", a South Uist businessman, it is about": a comma, at most one
# apposition in commas, then the main clause (not "and"/"or": a list of names).
_MAIN_CLAUSE_NEXT = re.compile(r",\s+(?:[^,;:.!?“”\"]{1,60},\s+)?(?!and\b|or\b)[a-z]")


def viewpoint_name(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the name at `start:end` is fronted by "For" at the start of its sentence
    (`s_start`) and followed by a comma and the sentence's main clause."""
    return (
        _FOR_LEAD.fullmatch(text, s_start, start) is not None
        and _MAIN_CLAUSE_NEXT.match(text, end) is not None
    )
