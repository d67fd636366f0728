"""An opening quotation mark astray inside a quote that is still open.

`“I think he can. If not, he should say so; “Let him resign,” the governor said`: the
writer opened the quote twice and closed it once. When the open quote's paragraph has one
mark left after the second opening, and it closes, the second opening stands mid-sentence
(after a comma, semicolon, colon or dash), the words run on as one quote from the first
opening to that close, not two quotes of which the first never ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["stray_opening"]

_MID_SENTENCE = re.compile(r"[,;:—–-]\s*$")
_CLOSING = '”»"'


def stray_opening(text: str, at: int, after: Sequence[tuple[int, str]]) -> bool:
    """Whether the opening mark at `at`, met while a quote is open, is astray: the only
    mark after it closes, and it follows a comma, semicolon, colon or dash."""
    if len(after) != 1 or after[0][1] not in _CLOSING:
        return False
    close = after[0][0]
    if close + 1 < len(text) and text[close + 1].isalnum():
        return False  # a mark glued to a word: not a closing one
    return _MID_SENTENCE.search(text, max(0, at - 3), at) is not None
