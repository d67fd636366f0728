"""A question put to someone, reported without marks: the quote after it is the answer.

"The reporter then asked Deputy Lee whether the games would go ahead." followed by a
paragraph opening with a quote: the quote answers the question, so it is the words of the
person asked, never the asker's. Only a quote that is itself a question ("... is that
so?”) goes on with the asker's words.
"""

from __future__ import annotations

import re

__all__ = ["addressee_span", "asks_a_question"]

_WH = r"(?:whether|if|about|how|what|why|when|where|who|which)"
# The person asked: a capitalised name of up to five words (titles included), a pronoun,
# or a description ("the harbour master").
_WHOM = (
    r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|him|her|them"
    r"|(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
)
_ASKED = re.compile(rf"\basked\s+(?P<whom>{_WHOM})\s+{_WH}\b")


def addressee_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the sentence `text[lo:hi]` names the person it says was asked a question ("...
    asked Deputy Lee whether ..."), or None when it puts no question to anyone."""
    match = _ASKED.search(text, lo, hi)
    return match.span("whom") if match else None


def asks_a_question(quote: str) -> bool:
    """Whether quoted words are a question themselves (they end with a question mark)."""
    return quote.rstrip(" ’”'\"").endswith("?")
