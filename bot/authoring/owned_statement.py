"""A paragraph that owns the quote before it: "X made the statement at ...".

`“If there is a citizen ... the law will take its course.”` / "Prime Minister Ada Obi made the
statement at a briefing on Thursday.": the definite "the statement", "these remarks", "those
words" points back at the words just quoted, and the person who made them is the subject of the
sentence that says so, the convention of news writing that puts the quote first and its
speaker after. Only the paragraph just before, and only when it is nothing but quotes nobody
else was named for (the caller checks that).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention

__all__ = ["OWNED_HOW", "statement_owner"]

OWNED_HOW = "the paragraph after owns the statement"

# After the owner's name, perhaps an aside set off by commas: the verb and a definite noun
# for words spoken. "the remarks" of someone else's ("made the remarks of ...") is no owner.
_OWNS = re.compile(
    r"(?:,[^,.;:“”\"]{1,80},)?\s+(?:also\s+)?"
    r"(?:made|delivered|said|uttered|gave)\s+(?:the|these|those)\s+"
    r"(?:statement|statements|remarks|comments|words)\b(?!\s+of\b)"
)


def statement_owner(text: str, mentions: Sequence[Mention]) -> str | None:
    """The key of the person `text` says made "the statement" (the quote before it), else
    None. The person must be the first one the paragraph names, as the subject; anyone else
    named before the verb and it is nobody's."""
    named = [m for m in mentions if m.key is not None or m.pronoun is None]
    if not named:
        return None
    first = named[0]
    if first.key is None or not first.subject or first.pronoun is not None:
        return None
    match = _OWNS.match(text, first.end)
    if match is None:
        return None
    if any(m is not first and first.end <= m.start < match.end() for m in named):
        return None
    return first.key
