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

__all__ = ["named_back_as_body", "nouns_said_back"]

_SPEECH = (
    r"(?:said|says|added|adds|continued|continues|announced|announces|stated|states|"
    r"noted|notes|warned|warns|explained|explains|insisted|insists)"
)


# "the establishment said", "the water establishment also said": the noun before the verb.
_BACK = re.compile(
    rf"(?<![\w’'-])[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{3,}})\s+"
    rf"(?:also\s+|then\s+|later\s+)?{_SPEECH}(?![\w’'-])"
)


def nouns_said_back(texts: Sequence[str]) -> frozenset[str]:
    """The lowercase nouns the article writes as "the [word] <noun> said" (or another verb
    of speech): read once per article."""
    return frozenset(m.group("noun") for text in texts for m in _BACK.finditer(text))


def named_back_as_body(name: str, nouns: frozenset[str]) -> bool:
    """Whether the name's last word, lowercase, is one of `nouns` (`nouns_said_back`): the
    name is a body's, referred back to by its head noun."""
    last = name.split()[-1] if name.split() else ""
    if len(last) < 3 or not last[:1].isupper() or not last[1:].islower():
        return False
    return last.lower() in nouns
