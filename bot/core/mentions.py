"""Mentions in what a user typed: read past, never echoed.

A typed answer is judged on its words: "Ada Quill @here", or one that names a member with
`<@123>`, is the answer "Ada Quill". Stripped before the matcher sees the text, and before
the answer is kept or shown back, so a mention never reaches a reply.
"""

from __future__ import annotations

import re

__all__ = ["lines_without_mentions", "without_mentions"]

_MENTION = re.compile(
    r"<@[!&]?\d+>"  # a user, a nickname, a role
    r"|<#\d+>"  # a channel
    r"|</[^<>:\s]{1,100}:\d+>"  # a command
    r"|@(?:everyone|here)\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t]{2,}")
_IN_PROSE = re.compile(
    r"<@[!&]?\d+>"  # a user, a nickname, a role
    r"|(?<!\S)@(?:everyone|here)\b",  # not the `@here` of an address, `info@here.org`
    re.IGNORECASE,
)


def without_mentions(text: str) -> str:
    """`text` without its mentions (users, roles, channels, commands, @everyone, @here)."""
    if "@" not in text and "<" not in text:
        return text
    return _SPACES.sub(" ", _MENTION.sub(" ", text)).strip()


def lines_without_mentions(text: str) -> str:
    """`text` (an article copied from a channel) without the mentions of users, roles,
    @everyone and @here that Discord put in it; only the lines holding one change."""
    if "@" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _IN_PROSE.search(line):
            lines[n] = _SPACES.sub(" ", _IN_PROSE.sub(" ", line)).strip()
    return "\n".join(lines)
