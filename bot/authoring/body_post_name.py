"""A body, then a post between commas, then the person who holds it.

`“...,” said Ferrico, managing director, Ola Brandt.`: after a verb of saying, one capitalised
word (the company), a comma, a post of lowercase words holding a role noun ("managing
director"), a comma, then a full name that closes the sentence. The post is the full name's
and so is the quote; the one word before is the body the person heads, never a speaker nor
the holder of the post (round 51, fresh75 cj05).
"""

from __future__ import annotations

import re

from bot.authoring.role_noun import has_role_noun

__all__ = ["body_before_holder", "post_then_full_name"]

_POST_THEN_NAME = re.compile(
    r",\s+(?P<post>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){1,3})(?=\s*(?:[.;!?]|$))"
)


def post_then_full_name(text: str, end: int) -> int | None:
    """Where the full name starts when the one-word body ending at `end` is followed by
    ", <post>, <Given Surname>" closing the sentence; None otherwise."""
    match = _POST_THEN_NAME.match(text, end)
    if match is None or not has_role_noun(match.group("post")):
        return None
    return match.start("name")


_BODY_WORD_BEFORE = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'-]*,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+$"
)


def body_before_holder(text: str, start: int) -> int | None:
    """Where the one-word body starts when the full name at `start` holds the post written
    between it and the name ("Ferrico, managing director, " before "Ola Brandt."); None
    otherwise."""
    match = _BODY_WORD_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return None
    body_end = text.index(",", match.start())
    return match.start() if post_then_full_name(text, body_end) == start else None
