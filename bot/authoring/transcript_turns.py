"""An interview transcript's turns: the speaker's words, never the article's statement.

A page that prints the reporters' questions as "Q: ..." or "Q. ..." lines is a transcript;
there every paragraph that opens with a speaker's label in capitals ("WIN: ...", "BRIAN
CONKLIN:  ...", "THE MODERATOR: ...") or with "Q"/"A" is somebody speaking, unquoted: an
opinion in the first person, often in two languages, never a fact to test a student on. A
label in capitals on a page with no question line ("UPDATE: ...", "KARACHI: ...", "WATCH:
...") is the page's or a dateline, and stays the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["transcript_turns"]

_QUESTION_LINE = re.compile(r"^(?:Q|QUESTION)[.:]\s")
# One to four words in capitals (initials and "SEN." allowed), then a colon.
_TURN = re.compile(r"^(?:(?:Q|A|QUESTION|ANSWER)[.:]|[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}:)\s")


def transcript_turns(paragraphs: Sequence[str]) -> set[int]:
    """The indices of the paragraphs that are a transcript's turns (none unless the page
    prints a question line)."""
    if not any(_QUESTION_LINE.match(text) for text in paragraphs):
        return set()
    return {i for i, text in enumerate(paragraphs) if _TURN.match(text)}
