"""An owner's possessive between a speech verb and the speaker's name (round 46).

`“...,” said the Harbour Rowing Club’s Jo Lee.`, `said the union’s press officer Ada Obi`,
`said the Hawks’ captain Sam Reid`: the words after "said" name a body or a team and,
perhaps, the speaker's post in it; the name right after them is the speaker, as after
titles alone. The owner is "the" and a few words, or capitalised words, ending in a
possessive; what follows it must be titles only (`titles_only`) or nothing. A verb whose
next name is the one spoken to ("told the club’s coach Jo Lee") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.authoring.roles import LISTENER_VERBS

__all__ = ["owner_then_title"]

# "the Trojans’ ", "the wing’s ", "the Harbour Rowing Club’s ", "Acme Corp’s ": a determiner
# and up to four words, or one to four capitalised words, the last one possessive.
_OWNER = re.compile(
    r"(?:the\s+(?:[\w.&-]+\s+){0,3}|(?:[A-Z][\w.&-]*\s+){0,3}(?=[A-Z]))"
    r"[\w.&-]*\w(?:’s|'s|s’|s')\s+"
)


def owner_then_title(verb: str, between: str, titles_only: Callable[[str], bool]) -> bool:
    """Whether `between` (the words after the speech verb `verb`, up to a name) is an
    owner's possessive followed by titles only or by nothing."""
    if verb.split()[0] in LISTENER_VERBS:
        return False
    words = between.lstrip()
    owner = _OWNER.match(words)
    if owner is None:
        return False
    rest = words[owner.end() :]
    return not rest.strip() or titles_only(rest)
