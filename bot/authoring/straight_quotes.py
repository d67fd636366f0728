"""Quotes in straight single marks ('...'), read only where the marks cannot be anything else.

Some outlets quote speech in straight single marks (`He said: 'The government needs ...`).
The same mark is the apostrophe of "don't", "the Smiths' house" and "'90s", and it marks
scare quotes ("feel 'failed' by council"). A stretch counts as a quote only when its opening
mark stands before a letter at a word's start, its closing mark after a letter or a
punctuation mark and before a space, a punctuation mark or the paragraph's end, and it holds
at least three words; an opening mark never closed counts only where a quote runs on into the
next paragraph: at the paragraph's start or after a colon.
"""

from __future__ import annotations

import re

__all__ = ["straight_single_spans"]

MIN_WORDS = 3
MAX_SPANS = 60

_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:]))'(?=[A-Za-z])")
_CLOSERS = ".,;:!?)]—–…"
# Elisions that open with the mark and are no quote: 'em, 'til, 'cause, 'n', 'tis.
_ELISION = re.compile(r"'(?:em|til|cause|cos|n|tis|twas|bout|round)(?![\w'])", re.IGNORECASE)


def straight_single_spans(text: str) -> list[tuple[int | None, int | None, int, int]]:
    """(open mark, close mark, content start, content end) of each straight single quote."""
    found: list[tuple[int | None, int | None, int, int]] = []
    pos = 0
    while len(found) < MAX_SPANS:
        opening = _OPEN.search(text, pos)
        if opening is None:
            break
        at = opening.start()
        if _ELISION.match(text, at):
            pos = at + 1
            continue
        close = _closing_mark(text, at + 1)
        if close is None:
            if _runs_on(text, at) and _enough_words(text[at + 1 :]):
                found.append((at, None, at + 1, len(text)))
                break
            pos = at + 1
            continue
        if _enough_words(text[at + 1 : close]):
            found.append((at, close, at + 1, close))
        pos = close + 1
    return found


def _closing_mark(text: str, start: int) -> int | None:
    """The first mark after `start` that can only close a quote, else the first one after
    an s ("questions' on the lockdown", which may be a possessive: "the Smiths' house"),
    else None."""
    fallback: int | None = None
    j = text.find("'", start)
    while j >= 0:
        prev = text[j - 1]
        nxt = text[j + 1] if j + 1 < len(text) else " "
        if nxt.isalnum():
            pass  # an apostrophe inside a word ("don't") or a new opening mark
        elif prev in _CLOSERS or (prev.isalnum() and nxt in _CLOSERS):
            return j
        elif prev.isalnum() and nxt.isspace():
            if prev != "s":
                return j
            fallback = j if fallback is None else fallback
        j = text.find("'", j + 1)
    return fallback


def _runs_on(text: str, at: int) -> bool:
    """An opening mark at the paragraph's start or after a colon ("He said: 'The ...")."""
    before = text[:at].rstrip()
    return not before or before.endswith(":")


def _enough_words(content: str) -> bool:
    return len(content.split()) >= MIN_WORDS
