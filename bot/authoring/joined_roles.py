"""Two roles joined by "and" between a speech verb and the speaker's name (round 44).

`“...,” said panelist and veteran bond analyst Otto Brandt.`, `said county emergency
management and security director Mara Linden`, `said bloc vice-president and city council
chairman Ali Noor`: the words between "said" and the name describe the one person named
right after them, as a single role does, but the "and" makes them read as more than titles.
Only the part after "and" needs to be a role ending in a role noun; the part before it is a
few plain words (a second post, or a field the role shares), never a plural ("residents and
councillor Jo Lee" may be two speakers).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.authoring.lexicon import ROLE_NOUNS

__all__ = ["joined_roles"]

_JOINED = re.compile(r"^(?P<left>(?:[\w’'-]+ ){1,4})and (?P<right>(?:[\w’'-]+ ){1,6})$")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def joined_roles(between: str, titles_only: Callable[[str], bool]) -> bool:
    """Whether `between` (the words after the verb, up to the name) is "A and B ", B a role
    ending in a role noun that `titles_only` accepts and A one to four plain words."""
    match = _JOINED.match(re.sub(r"\s+", " ", between).lstrip())
    if match is None:
        return False
    left, right = match.group("left").split(), match.group("right")
    if not all(_WORD.fullmatch(w) for w in left) or left[0].casefold() in ("he", "she", "they"):
        return False
    last = left[-1].casefold()
    if last.endswith("s") and not last.endswith("ss"):
        return False  # "said residents and councillor Jo Lee": perhaps two speakers
    if right.split()[-1].casefold() not in ROLE_NOUNS:
        return False
    return titles_only(right)
