"""The role words of a definite description that opens a clause ("The mayor issued ...",
"The foreign minister added ...", "The county health chief said ...").

A description may run to three words before its verb; its role is the shortest run of them
that ends in a role noun and is followed by a lowercase word. Taking only the first word
("foreign" of "the foreign minister") read every lowercase description of two or three words
as no role at all, so a he/she after it was never tied to the one person holding that role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.authoring.lexicon import ROLE_NOUNS

# "The" at a clause's start, then up to four words (the role and the word after it).
_DESCRIPTION = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))[Tt]he\s+((?:[A-Za-z-]+\s+){0,3}[a-z]+)\b")
_LOWER = re.compile(r"[a-z]+")


def described_roles(text: str, hi: int) -> Iterator[tuple[int, list[str], str]]:
    """(start, role words, the word after them) of each clause-opening description of a
    role before `hi`."""
    for match in _DESCRIPTION.finditer(text, 0, hi):
        words = match.group(1).split()
        for n in range(1, len(words)):
            if words[n - 1].casefold() in ROLE_NOUNS and _LOWER.fullmatch(words[n]):
                yield match.start(), words[:n], words[n]
                break
