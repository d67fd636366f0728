"""Paragraphs the likely he/she passes through unchanged (round 49).

News prose keeps one person as the likely "he" or "she" across a paragraph that brings in
nobody new:

- a paragraph of quoted words alone, the speaker's words running on with no attribution
  of their own (`“We have completed the papers.` / `“The test came back negative,” he
  said.`): the names or people inside the quote are what the speaker talks about;
- a paragraph that speaks of someone only as he/she, every one of them meaning the
  person already likely (`His post also ended talk that he had resigned.`).

After either, a he/she in the next paragraph still means that person. A paragraph with
words of its own outside the quotes that name or describe anyone else, or a he/she that
may be someone else's, stops the carry as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.authoring.people import Mention

__all__ = ["passes_through"]

_HE_SHE = ("he", "she")
_WORD = re.compile(r"[^\W_]")


def _inside(pos: int, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in quoted)


def _quoted_only(text: str, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether every word of `text` is inside its quoted parts."""
    if not quoted:
        return False
    outside = text
    for lo, hi in quoted:
        outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    return _WORD.search(outside) is None


def _he_she_of(
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    key: str,
    resolve: Callable[[Mention], str | None],
) -> bool:
    """Whether the paragraph names nobody outside its quotes and says he/she there only of
    `key` (at least once)."""
    outside = [m for m in mentions if not _inside(m.start, quoted)]
    if any(m.key is not None for m in outside):
        return False
    he_she = [m for m in outside if m.pronoun in _HE_SHE]
    return bool(he_she) and all(resolve(m) == key for m in he_she)


def passes_through(
    text: str,
    quoted: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    key: str,
    resolve: Callable[[Mention], str | None],
    someone_outside: bool,
) -> bool:
    """Whether the likely he/she `key` of the paragraph before stays the likely one after
    this paragraph: it is quoted words alone, or it names nobody and describes nobody
    (`someone_outside` false) outside its quotes and says he/she only of `key`."""
    if _quoted_only(text, quoted):
        return True
    return not someone_outside and _he_she_of(mentions, quoted, key, resolve)
