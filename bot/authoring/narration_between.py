"""A paragraph of quotes only after a line or two of narration (round 52, recall a).

News writing runs a speaker's words over several paragraphs and may set a line or two of
the writer's own between them: "“We have had no rain since June,” Mr Obi said." / "Dry
weather also cut the hay harvest." / "“The pasture grass came up thin and short.”". The
last paragraph names nobody and has no verb of speech; a reader takes it for Obi's, as the
words before the narration were. Held to that shape: the quote paragraph holds nothing
outside its marks, its first mark opens it; each line between (two at most) quotes nothing,
names nobody, says no he/she, describes nobody, has no verb of speech, names no piece of
writing ("The statement read at the vote follows.") and ends with a full stop (a colon or a
question mark introduces someone else's words: "Below are their reactions:", an
interviewer's "How do you reflect on that defeat?"); and the paragraph before the lines
handed its speaker on to the next paragraph (its last quote's speaker, or the person it
reports).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NARRATION_HOW", "NARRATION_LINES", "narration_line", "quotes_only"]

NARRATION_HOW = "the speaker before a line of narration"
# Two lines between at most ("Heat did the damage." / "Cattle producers had other
# worries."): one more line of the shape added 1 quote on 1,718 pages, right (fresh75 cj15).
NARRATION_LINES = 2

_WORD = re.compile(r"\w")
_LAST_WORD_THEN_STOP = re.compile(r"[\w)\]’'”\"]\.[’'”\"]?\s*$")


def quotes_only(text: str, parts: Sequence[tuple[int, int]], opening: int | None) -> bool:
    """Whether `text` holds nothing but its quoted `parts` (and marks, punctuation), the
    first quote opening the paragraph with its mark at `opening`."""
    if opening is None or text[:opening].strip():
        return False
    rest, at = [], 0
    for lo, hi in sorted(parts):
        rest.append(text[at:lo])
        at = max(at, hi)
    rest.append(text[at:])
    return _WORD.search("".join(rest)) is None


def narration_line(text: str) -> bool:
    """Whether a paragraph without quotes ends as narration does: with a full stop, not a
    colon (an introduction) nor a question mark (an interviewer's question)."""
    return _LAST_WORD_THEN_STOP.search(text.rstrip()) is not None
