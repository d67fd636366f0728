"""A he or she after a paragraph closed by crediting someone else (round 34).

Reading of English news prose, common in wire copy: a paragraph that ends ", police chief
Mohamed Amin said." reports what Amin said about the sentence's subject; a quote in the
next paragraph credited to "he" ("“...,” he is quoted as saying") most likely goes on with
the last speaker, not with that subject. When the he/she was taken to be someone else and
the quote's paragraph names nobody before it, who spoke cannot be known safely: the quote
goes to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["credited_at_close", "credited_someone_else"]

_NAME_WORD = r"[A-Z][\w’'-]+"
# ", DCI chief Mohamed Amin said." / ", Amin told reporters on Saturday." closing a paragraph.
_CLOSE = re.compile(
    rf",\s+(?:[^,.;:“”\"]*?\s)?(?P<name>(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})\s+"
    r"(?:said|says|added|told\s+(?:reporters|journalists|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))"
    r"(?:\s+(?:on|late\s+on|earlier\s+on)\s+[A-Z][a-z]+|\s+in\s+a\s+statement)?\s*\.\s*$"
)


def credited_at_close(paragraph: str) -> str | None:
    """The name a paragraph's last sentence is credited to by a closing ", NAME said.",
    or None."""
    found = _CLOSE.search(paragraph.strip())
    return found.group("name") if found else None


def credited_someone_else(
    before: str, quote_paragraph: str, quote: str, speaker_forms: Sequence[str]
) -> bool:
    """Whether `before` (the paragraph before the quote's) closes by crediting a name that
    is none of `speaker_forms` (the speaker's name and aliases), while the quote's own
    paragraph names none of them before the quote."""
    name = credited_at_close(before)
    if name is None:
        return False
    words = {w for form in speaker_forms for w in form.split()}
    if name.split()[-1] in words:
        return False  # the speaker himself is credited: the he goes on with him
    lead = quote_paragraph.split(quote, 1)[0]
    return not any(w in lead for w in words if len(w) > 2)
