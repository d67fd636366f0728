"""A paragraph of quotes only, after a line or two of the writer's own (round 54).

The commonest shape of a news story: a speaker is introduced with a verb of speech, and
their words run on over the next paragraphs, with now and then a line of narration between
them: "“We have had no rain since June,” Reeve Obi said." / "The hay harvest came in at half
its usual weight." / "“The grass came up thin and short.”". The last paragraph names nobody
and has no verb of speech; a reader takes it for Obi's, as the real labeled pages do (the
census in docs/drafting-rounds.md, "Fifty-fourth round, continuation": over the 1,758
labeled pages the quote-only paragraph after such a line was the earlier speaker's 11 times
of 12, never a body the line names; the 12th follows a line naming a statement).

Held to that shape: the quote paragraph holds nothing outside its marks and its first mark
opens it; each line between (two at most) quotes nothing, names nobody but the speaker,
says no he/she but one meaning them, describes nobody ("the minister"), has no verb of
speech, names no piece of writing ("The statement read at the vote follows.") and ends with
a full stop (a colon or a question mark introduces someone else's words: "Below are their
reactions:", an interviewer's "How do you reflect on that defeat?"); and the paragraph before
the lines handed its speaker on to the next paragraph (its last quote's speaker, or the
person it reports).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NARRATION_HOW", "NARRATION_LINES", "narration_line", "quotes_only"]

NARRATION_HOW = "the speaker before a line of narration"
# Lines of narration the speaker carries over, at most.
NARRATION_LINES = 2

_WORD = re.compile(r"\w")
_ENDS_WITH_STOP = re.compile(r"[\w)\]’'”\"%]\.[’'”\"]?\s*$")


def quotes_only(text: str, parts: Sequence[tuple[int, int]], opening: int | None) -> bool:
    """Whether `text` holds nothing but its quoted `parts` (with their marks and
    punctuation), the first quote opening the paragraph with its mark at `opening`."""
    if opening is None or text[:opening].strip():
        return False
    outside, at = [], 0
    for lo, hi in sorted(parts):
        outside.append(text[at:lo])
        at = max(at, hi)
    outside.append(text[at:])
    return _WORD.search("".join(outside)) is None


def narration_line(text: str) -> bool:
    """Whether a paragraph without quotes ends as narration does: with a full stop, not a
    colon (an introduction) nor a question mark (an interviewer's question)."""
    return _ENDS_WITH_STOP.search(text.rstrip()) is not None
