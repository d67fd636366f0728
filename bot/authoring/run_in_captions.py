"""A photo's caption and credit run into a paragraph, told by the credit's form.

A page that prints its story as one paragraph runs the picture's caption in where the
picture stood: "... said the mayor. FLOODED: Residents wade through the harbour road.
Photo: Jane Roe / NNA The water board ...". A credit with a colon, a name, a slash and an
agency in capitals never stands inside a story's sentence; the one sentence before it
(with the caption's label in capitals, if any) is its caption. Both go, and the paragraph
reads on from its previous stop to the text after the credit.

Round 44: a caption closed by a credit in brackets and glued to the next sentence with no
space, "... was leaked.The letter signed in March. (Photo: Courier)Several people ...",
"photo1Minister Jane Roe (right) at the farm (NNA Photo)Roe said ...": a story's bracket is
followed by a space or a stop, never by the next sentence's capital. The caption runs from
the line's start or its previous stop to the credit; both go.
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

_GLUED_CAPTION = re.compile(
    r"(?:^|(?<=[.!?\"”’]) ?)[^.!?\"“”]{10,250}[.!?]? ?"
    r"\((?:(?:Photo|Picture|Image|Pic)s?: ?[^()]{1,40}|[A-Z][\w.]*(?: [A-Z][\w.]*)? Photo)\)"
    r"(?=[A-Z“\"])"
)


def strip_run_in_caption(line: str) -> str:
    """ "... the mayor. FLOODED: Residents wade ... road. Photo: Jane Roe / NNA The water
    board ..." -> "... the mayor. The water board ..."."""
    return _GLUED_CAPTION.sub("", _RUN_IN_CAPTION.sub("", line), count=1)
