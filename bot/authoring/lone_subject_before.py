"""A quote opening after a paragraph's sentences about one named person (round 46).

"Inspector Lena Vos walks us along the quay. “This morning we are opening a ship ...”": no
verb of speech, but the sentences before the quote, in its own paragraph, are about one
person only, and the quote that follows them is that person's (7 quotes of the shape on 7
pages of the 1,598 labeled articles, each labeled that person's). Held to that shape: the
quote is the paragraph's first, its opening mark right before it; the sentences before end
with a full stop (a colon introduces someone else's words too: "a colleague can be heard
telling the crew:"); they name one known person, and as a subject; nobody is named after the
opening mark; and no verb of speech follows the quote in the paragraph ("“...,” a dock worker
said": someone unnamed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention
from bot.authoring.roles import speech_verb_pattern

__all__ = ["lone_subject_before"]

_OPENING = '“"«'
_MARKS = re.compile(r"[“”\"«»„]")
_VERB = speech_verb_pattern()


def lone_subject_before(
    text: str, opening: int, close: int | None, mentions: Sequence[Mention]
) -> str | None:
    """The key of the one person the sentences before the quote opening at `opening` are
    about, when the paragraph has that shape (see the module); else None."""
    if opening <= 0 or text[opening] not in _OPENING:
        return None
    head = text[:opening].rstrip()
    if not head.endswith(".") or _MARKS.search(head):
        return None
    before = [m for m in mentions if m.key is not None and m.start < opening]
    if len({m.key for m in before}) != 1 or not any(m.subject for m in before):
        return None
    if any(m.key is not None and m.start > opening for m in mentions):
        return None
    if close is not None and _VERB.search(text, close + 1):
        return None
    return before[0].key
