"""A paragraph that reports someone's words, then goes on narrating them (round 52, recall a).

"According to him, 19 of the 25 areas are under water. That is not to say the other six are
dry." / "“We have set up eleven camps ...": the paragraph's first sentence reports the
person, the next goes on with what they said in the writer's words (no verb of speech, nobody
named or described), and the quote paragraph after it is theirs, as it would be after a
paragraph that only reported them (fresh18 w32, three quote paragraphs; fresh75 cj15's "He
added that ... But, he's optimistic ..."). The reporting sentence must report words proper:
"according to" or a verb of speech with a "that" clause ("He added that ..."); a verb that
only tells what someone did ("Tunde Bello thanked the harbour traders.") reports no words.
"""

from __future__ import annotations

import re

__all__ = ["reports_words"]

_ACCORDING = re.compile(r"(?<![\w’'])according\s+to\s", re.IGNORECASE)
_THAT = re.compile(r"\s+(?:[a-z]+ly\s+)?that\b")  # "said that", "added firmly that"


def reports_words(text: str, lo: int, hi: int, verbs: re.Pattern[str]) -> bool:
    """Whether the sentence from `lo` to `hi` reports words: "according to", or one of
    `verbs` (verbs of speech) followed by "that"."""
    if _ACCORDING.search(text, lo, hi):
        return True
    return any(_THAT.match(text, v.end(), hi) for v in verbs.finditer(text, lo, hi))
