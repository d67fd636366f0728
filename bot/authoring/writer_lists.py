"""A byline of several writers and their outlet: "Jane Roe, Per Holm and Ann Lee, CNN".

The names, joined by commas and "and", then the outlet's short name in capitals, with no
verb and no stop: the page's credit of who wrote it, never a sentence of the story (prose
that lists people goes on to say what they did).
"""

from __future__ import annotations

import re

__all__ = ["is_writers_and_desk"]

_NAME = r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}"
_WRITERS_AND_DESK = re.compile(rf"^{_NAME}(?:(?:, | and ){_NAME}){{1,5}}, [A-Z]{{2,8}}$")


def is_writers_and_desk(line: str) -> bool:
    """ "Jane Roe, Per Holm and Ann Lee, CNN": two or more writers and the outlet."""
    return len(line) <= 200 and _WRITERS_AND_DESK.match(line) is not None
