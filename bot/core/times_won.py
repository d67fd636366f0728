"""A count of wins or goals typed as how many times it happened: "4 times" asked how many Tours
a team had won, "six times" asked how many titles, "four times" asked how many goals he scored.
A fair teacher reads "won it four times" as four wins. Only where the question asks how many
and says won or scored, and every right answer is a number: "3 times" asked how many people
were killed says nothing, and "times" is also a multiplier ("4 times more"), so only the
number and "times" are read. For `answer_reading.judge`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answer_text import read_tokens

__all__ = ["times_as_count"]

_WON_OR_SCORED = re.compile(r"\bhow many\b.*\b(?:won|win|wins|scored|score|scores)\b", re.I)


def times_as_count(given: str, rights: Sequence[str], prompt: str) -> str | None:
    """The number `given` says as "N times" where the question asks how many were won or
    scored ("4 times" -> "4"), or None."""
    if "times" not in given.casefold() or not _WON_OR_SCORED.search(prompt):
        return None  # the common case, without reading the guess
    tokens = read_tokens(given)
    if len(tokens) != 2 or tokens[1] != "times" or not tokens[0].isdigit():
        return None
    if not all(any(t[:1].isdigit() for t in read_tokens(right)) for right in rights):
        return None
    return tokens[0]
