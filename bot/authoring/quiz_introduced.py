"""A quote whose speaker the paragraph before introduces, sure enough for a who-said question.

A speaker found in the paragraph before is mostly right, but a who-said question keyed to it
teaches a guess whenever the quote could be someone else's. One form leaves no doubt: the
paragraph before ends on a colon ("... is quoted by the Express as saying:", "Mendes told
the meeting:"), so the quote that opens the next paragraph is the words it announces.
"""

from __future__ import annotations

from collections.abc import Sequence

PARAGRAPH_BEFORE_HOW = "the paragraph before"


def introduced_just_before(quote: str, how: str, block: int, texts: Sequence[str]) -> bool:
    """Whether `quote`, printed in paragraph `block` of `texts` (the article's paragraphs)
    and given its speaker by the paragraph before (`how`), follows a paragraph that ends by
    introducing it with a colon."""
    if how != PARAGRAPH_BEFORE_HOW or not 1 < block <= len(texts):
        return False
    if quote[:40] not in texts[block - 1]:
        return False  # `texts` are not the paragraphs the block numbers count
    return texts[block - 2].rstrip().endswith(":")
