"""Who interviewed, translated or edited the piece, alone on a line: "Dialogue: Jane Roe",
"Interview by Jane Roe", "Translated by: Jane Roe". A credit of the page, like a byline:
the label, a colon or "by", then a name and nothing more (a sentence goes on with a verb).
Likewise a photographer's credit on a line of its own, "Jane Roe/PIXSELL/NNA": a name,
then the agency in capitals after a slash, and no word of a sentence. And a photographer's
credit led by "Photo by" (": photo by Jane Roe/ Courier", round 44): the label, then
capitalised words and slashes only.
"""

from __future__ import annotations

import re

__all__ = ["is_credit_label_line"]

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_WORK_CREDIT = re.compile(
    r"^(?:interview(?:ed)?|dialogue|conversation|q ?& ?a|translat(?:ed|ion)|compiled|edited)"
    rf"(?::| by:?) ?{_NAME}$",
    re.IGNORECASE,
)

# "Jane Roe jr./PIXSELL/F.A. NNA": the photographer, then the agencies after slashes.
_PHOTO_CREDIT = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?: [Jj]r\.)? ?/ ?[A-Z][A-Z.]{1,15}"
    r"(?: ?/ ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}){0,2}$"
)

# ": photo by Courier News/ Jane Roe", "Photos by Jane Roe": a colon left from the caption
# above allowed; after "by" only capitalised words, slashes and "and".
_PHOTO_BY = re.compile(
    r"^(?::\s*)?(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?) [Bb]y:? "
    r"[A-Z][\w.'’-]*/?(?: ?(?:[A-Z][\w.'’-]*/?|/|and|&)){0,7}$"
)


def is_credit_label_line(line: str) -> bool:
    """ "Dialogue: Jane Roe", "Translated by Jane Roe", "Jane Roe/PIXSELL", "Photo by Jane
    Roe": an interviewer's, editor's or photographer's credit."""
    return bool(_WORK_CREDIT.match(line) or _PHOTO_CREDIT.match(line) or _PHOTO_BY.match(line))
