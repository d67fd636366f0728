"""Whether a quote opens its paragraph, as the next part of a quote run over paragraphs.

News prose runs a long quote over several paragraphs: each opens with a quotation mark and
only the last one closes. Some pages drop the re-opening mark, so a paragraph after one left
open begins straight with the speaker's words and ends with the closing mark
(`“We remain hopeful. We will wait and see.` / `Our answer therefore remains – not yet.”`).
Such a paragraph continues the same quote, just as one opened with a mark does, provided the
paragraph before ended a sentence: one broken off mid-sentence (`... would conduct "some` /
`probing myself" to find out`) is a print line split, not the next paragraph of a quote.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")


def opens_paragraph(text: str, open_at: int | None, start: int, left_open: str | None) -> bool:
    """Whether the quote whose opening mark is at `open_at` (None: none) and whose words begin
    at `start` opens the paragraph `text`: its mark comes first, or it has no mark, its words
    start the paragraph, and `left_open`, the paragraph before (None unless it left its quote
    open), ended a sentence."""
    if open_at is not None:
        return not text[:open_at].strip()
    return (
        left_open is not None
        and _SENTENCE_END.search(left_open) is not None
        and not text[:start].strip()
    )
