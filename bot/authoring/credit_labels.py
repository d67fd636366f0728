"""Who interviewed, translated or edited the piece, alone on a line: "Dialogue: Jane Roe",
"Interview by Jane Roe", "Translated by: Jane Roe". A credit of the page, like a byline:
the label, a colon or "by", then a name and nothing more (a sentence goes on with a verb).
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


def is_credit_label_line(line: str) -> bool:
    """ "Dialogue: Jane Roe", "Translated by Jane Roe": an interviewer's or editor's credit."""
    return bool(_WORK_CREDIT.match(line))
