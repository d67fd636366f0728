"""A name the article refers back to as "the <its last word, lowercase> said" (round 35).

Reading of English news prose: a body named once in full ("the Beirut and Mount Lebanon
Water Establishment announced ...") is referred back to by its head noun, lowercase, with
"the" ("the establishment said", "the water establishment also said"), as "the company
said" or "the agency added" follow a company's or an agency's name. A person is never
referred back so: a surname is not written lowercase after "the" as the subject of a verb
of speech. Such a name is a body, and its words are nobody's, whatever the word is, so no
list of body nouns has to know it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["named_back_as_body"]

_SPEECH = (
    r"(?:said|says|added|adds|continued|continues|announced|announces|stated|states|"
    r"noted|notes|warned|warns|explained|explains|insisted|insists)"
)


def named_back_as_body(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes "the [word] <name's last word, lowercase> said" (or
    another verb of speech): the name is a body's, referred back to by its head noun."""
    last = name.split()[-1] if name.split() else ""
    if len(last) < 3 or not last[:1].isupper() or not last[1:].islower():
        return False
    back = re.compile(
        rf"(?<![\w’'-])[Tt]he\s+(?:[a-z]+\s+)?{re.escape(last.lower())}\s+"
        rf"(?:also\s+|then\s+|later\s+)?{_SPEECH}(?![\w’'-])"
    )
    return any(back.search(text) for text in texts)
