"""A paragraph led by someone the draft does not know (round 31).

Reading of English news prose: a sentence that opens with a person's full name ("Geert
Wilders, leader of the largest opposition party, said it was the right decision.") makes
that person the one a "he" or "she" in the next paragraph most likely means, whether or not
the drafter could read the name as a person. When the drafter does not know the name, the
he/she after it is nobody's for sure: it must not fall back on someone named paragraphs
earlier.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.people import Mention, full_name_starts

__all__ = ["led_by_unknown_name"]


def led_by_unknown_name(
    text: str,
    sentence_starts: Sequence[int],
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
) -> bool:
    """Whether a sentence of `text` (starting at one of `sentence_starts`) opens with a full
    name of someone none of `mentions` is; a name inside quoted words does not count."""
    known = {m.start for m in mentions if m.key is not None}
    opening = set(sentence_starts)
    return any(
        at in opening and at not in known and not any(lo <= at < hi for lo, hi in quoted)
        for at in full_name_starts(text)
    )
