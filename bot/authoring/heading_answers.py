"""A speaker's answer printed without quotation marks under a speaker heading.

Post-match reactions and press digests print each speaker's name as a line of its own
("Yusif Basigi (Head Coach, Ghana)", "Kemi Adeyemi:") and their words under it; most put
the words in marks, some do not: "As I said earlier, any team at this competition is worthy
of being crowned champion ...". A paragraph right under such a heading (or under an answer
already credited to it) that names nobody, holds no quotation mark and speaks in the first
person is the heading speaker's answer, whole; one in the third person is the writer's.
"""

from __future__ import annotations

import re

from bot.authoring.dash_quotes import FIRST_PERSON

_MARKS = re.compile(r"[\"“”„«»‘]")
_MIN_WORDS = 6


def unmarked_answer(text: str) -> tuple[int, int] | None:
    """(start, end) of the whole paragraph `text` as an answer, or None when it holds a
    quotation mark, is shorter than six words, is not in the first person or ends with a
    colon (a topic line, "On what we did differently:", introduces the answer)."""
    if _MARKS.search(text) or not FIRST_PERSON.search(text) or len(text.split()) < _MIN_WORDS:
        return None
    if text.rstrip().endswith(":"):
        return None
    return len(text) - len(text.lstrip()), len(text.rstrip())
