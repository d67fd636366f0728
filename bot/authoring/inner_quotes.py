"""A quote opened inside an open quote, right after a word: words the speaker quotes.

`Cllr Ede said: “I heard him saying “get out” during the meeting. I was shocked.` and
`“We waited all year and finally caught a “big fish,” she said.`: the second opening mark
follows a word of the open quote ("saying", "a"), not a stop or a comma, so it opens the
words the speaker quotes, inside the speaker's own. When the paragraph has one mark left
after it and that mark closes, the writer closed one of the two quotes only:
- the sentence runs on past the close with no verb of speech ("during the meeting"): the
  close is the inner quote's, and the speaker's quote goes on to the paragraph's end (a quote
  that runs on into the next paragraph leaves its own paragraph open);
- else ("..., she said."): the close ends the speaker's quote too.
Either way the inner words are part of the speaker's quote, never a quote of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from bot.authoring.lexicon import SPEECH_VERBS

__all__ = ["inner_opening"]

_AFTER_A_WORD = re.compile(r"[A-Za-z0-9’']\s+$")
_CLOSING = '”»"'
_WORD = re.compile(r"[A-Za-z’'-]+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def inner_opening(
    text: str, at: int, after: Sequence[tuple[int, str]]
) -> Literal["runs on", "closes both"] | None:
    """How the opening mark at `at`, met while a quote is open, reads: None when it is no
    quote within the open one; "runs on" when the one closing mark after it is the inner
    quote's and the open quote goes on to the paragraph's end; "closes both" when that mark
    ends the open quote too."""
    if len(after) != 1 or after[0][1] not in _CLOSING:
        return None
    close = after[0][0]
    if close + 1 < len(text) and text[close + 1].isalnum():
        return None  # a mark glued to a word: not a closing one
    if _AFTER_A_WORD.search(text, max(0, at - 40), at) is None:
        return None
    end = _SENTENCE_END.search(text, close + 1)
    rest = text[close + 1 : end.start() if end else len(text)]
    said = any(w.lower() in SPEECH_VERBS for w in _WORD.findall(rest))
    return "closes both" if said or not rest.strip(" ,") else "runs on"
