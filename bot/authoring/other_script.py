"""Lines in another writing system than the page's (round 49).

An English page from Wales, Bangladesh or Israel sometimes prints a line in Cyrillic, Bengali,
Hebrew or Hangul: a translated headline and its caption for readers of another language
("Потеря рабочих мест на фабрике ..."), the site's app promotion in Bengali, a reporter's
name in Hebrew, the skip links of a ministry's menu in Korean. None is the English story a
student reads, and a question on it asks for words the student may not read. A page written
mostly in that script is not judged here: only a line whose letters are mostly of another
script than two in three of the page's letters are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["flag_other_script"]

_PAGE_LATIN_SHARE = 2 / 3  # the page is written mostly in Latin letters
_LINE_OTHER_SHARE = 0.5  # the line is written mostly in another script
_MIN_OTHER_LETTERS = 3


def _latin(char: str) -> bool:
    return char.isascii() or "LATIN" in unicodedata.name(char, "")


def flag_other_script(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag each line written mostly in another script than the Latin-lettered page's."""
    if all(line.isascii() for line in lines):
        return
    letters = [c for line in lines for c in line if c.isalpha()]
    if not letters or sum(map(_latin, letters)) < _PAGE_LATIN_SHARE * len(letters):
        return
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        own = [c for c in line if c.isalpha()]
        other = sum(1 for c in own if not _latin(c))
        if other >= _MIN_OTHER_LETTERS and other > _LINE_OTHER_SHARE * len(own):
            flags[i] = True
