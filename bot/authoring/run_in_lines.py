"""Page lines a pasted page ran into a sentence, which no quiz question should carry.

- A heading in capitals inside the sentence ("30 s POLISH SCHOOL STUDENTS ARE THE BEST
  Students of ..."): four capitalised words or more after the sentence's opening, where
  a hard-wrapped page lost the heading's line. A lede that opens in capitals ("THE
  REGIONAL COUNCIL met on Monday") is the story's style and stays.
- A bar between cells ("2025 | 13.06.2025 Read the highlights ..."): a date line's or a
  menu's cells, never a sentence's punctuation.
"""

from __future__ import annotations

import re

__all__ = ["carries_page_lines"]

_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+"
_CAPS_RUN_INSIDE = re.compile(rf"(?<=[a-z\d,;:] )(?:{_CAPS_WORD} ){{3,}}{_CAPS_WORD}\b")
_CELL_BAR = re.compile(r"\S \| \S")


def carries_page_lines(sentence: str) -> bool:
    """Whether a heading in capitals or a row of cells stands inside the sentence."""
    return bool(_CAPS_RUN_INSIDE.search(sentence) or _CELL_BAR.search(sentence))
