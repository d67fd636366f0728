"""Pull quotes: words a page repeats from its own body, as a heading or under a photo.

A heading that is only quoted words (`'This is unprecedented'`, no final stop) is a line the
editor lifted from a quote further down; it is that quote's speaker's, whoever the paragraph
before it quoted, and nobody's when no later quote holds the words. The same words quoted
twice (a pull quote printed again as a caption) are one quote: the draft keeps the first;
short words said twice ("No.", "absolute nonsense") are two quotes, unless their whole
paragraph is one the page printed before (a lead repeated around a video block).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.authoring.article import Block
from bot.authoring.quotes import FoundQuote

__all__ = ["REPEATS_HOW", "settle_pull_quotes"]

REPEATS_HOW = "the quote its heading repeats"
HEADING_WORDS = 12
REPEAT_WORDS = 8  # the same words quoted twice are one quote from this many words on
_MARKS = "\"'“”‘’ "
_FOLD = re.compile(r"[^\w]+")


def _folded(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def _is_heading(quote: FoundQuote, block: Block) -> bool:
    """The paragraph is the quote alone, short, with no final stop: a heading."""
    whole = block.text.strip().strip(_MARKS)
    return (
        whole == quote.text.strip().strip(_MARKS)
        and len(quote.text.split()) <= HEADING_WORDS
        and not whole.endswith((".", "!", "?", ",", ":", ";"))
    )


def settle_pull_quotes(blocks: Sequence[Block], found: list[FoundQuote]) -> list[FoundQuote]:
    """The quotes with repeats dropped and each heading pull quote given the speaker of
    the later quote that holds its words (else nobody)."""
    by_number = {b.number: b for b in blocks}
    reprinted = _reprinted(blocks)
    seen: set[str] = set()
    kept: list[FoundQuote] = []
    for i, quote in enumerate(found):
        folded = _folded(quote.text)
        if folded in seen or quote.block in reprinted:
            continue
        if len(folded.split()) >= REPEAT_WORDS:
            seen.add(folded)
        block = by_number.get(quote.block)
        if block is not None and folded and _is_heading(quote, block):
            source = next(
                (
                    later
                    for later in found[i + 1 :]
                    if later.block != quote.block and folded in _folded(later.text)
                ),
                None,
            )
            speaker = source.speaker if source is not None else None
            how = REPEATS_HOW if speaker else "a heading"
            quote = replace(quote, speaker=speaker, how=how)
        kept.append(quote)
    return kept


def _reprinted(blocks: Sequence[Block]) -> frozenset[int]:
    """The paragraphs (of eight words or more) that repeat an earlier one word for word: the
    page printed them twice, so their quotes are the first copy's."""
    seen: set[str] = set()
    again: set[int] = set()
    for block in blocks:
        folded = _folded(block.text)
        if len(folded.split()) < REPEAT_WORDS:
            continue
        if folded in seen:
            again.add(block.number)
        seen.add(folded)
    return frozenset(again)
