"""A photo's caption and credit run into a paragraph, told by the credit's form.

A page that prints its story as one paragraph runs the picture's caption in where the
picture stood: "... said the mayor. FLOODED: Residents wade through the harbour road.
Photo: Jane Roe / NNA The water board ...". A credit with a colon, a name, a slash and an
agency in capitals never stands inside a story's sentence; the one sentence before it
(with the caption's label in capitals, if any) is its caption. Both go, and the paragraph
reads on from its previous stop to the text after the credit.
"""

from __future__ import annotations

import re

__all__ = ["strip_run_in_caption"]

_NAME = r"[A-ZÀ-Þ][\w’'.-]+(?: [A-ZÀ-Þ][\w’'.-]+){0,4}"
_RUN_IN_CAPTION = re.compile(
    r"(?<=[.!?\"”’]) (?:[A-ZÀ-Þ]{3,}(?: [A-ZÀ-Þ]{2,})?: )?[A-ZÀ-Þ][^.!?\"“”]{10,250}[.!?] "
    rf"(?:Photo|Picture|Image|Photograph|Foto): {_NAME} ?/ ?[A-Z]{{2,10}}(?: ?/ ?[A-Z]{{2,10}})?"
    r"(?= \S)"
)


def strip_run_in_caption(line: str) -> str:
    """ "... the mayor. FLOODED: Residents wade ... road. Photo: Jane Roe / NNA The water
    board ..." -> "... the mayor. The water board ..."."""
    return _RUN_IN_CAPTION.sub("", line)
