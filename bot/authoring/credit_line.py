"""A quote credited by its speaker's bare name after it: `“...” Chris Papps`.

A paragraph that is a quote (perhaps after a few words of lead-in naming nobody) followed by
nothing but a person's name, with a title at most and a full stop, is a credit line, the
convention of quote boxes and round-ups: the quote is that person's, whoever spoke in the
paragraph before. A sentence after the name, or a second person named, and it is no credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.authoring.people import Mention

__all__ = ["CREDIT_HOW", "credited_speaker"]

CREDIT_HOW = "the name credited after the quote"

_BEFORE_NAME = re.compile(r"[\s.,;—–-]*")


def credited_speaker(
    text: str,
    quoted_from: int,
    quoted_to: int,
    mentions: Sequence[Mention],
    titles_only: Callable[[str], bool],
) -> str | None:
    """The key of the person whose bare name ends the paragraph right after its last quote
    (which closes at `quoted_to`; the first opens at `quoted_from`), else None."""
    after = [m for m in mentions if m.start >= quoted_to]
    before = [m for m in mentions if m.start < quoted_from and m.key is not None]
    if len(after) != 1 or before or after[0].key is None or after[0].pronoun is not None:
        return None
    name = after[0]
    lead = _BEFORE_NAME.match(text, quoted_to)
    between = text[lead.end() if lead else quoted_to : name.start]
    if between.strip() and not titles_only(between):
        return None
    if text[name.end :].strip() not in ("", "."):
        return None
    return name.key
