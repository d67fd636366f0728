"""A long post between a quote and its speaker's name, the name then its verb (round 46).

`“...,” the state governor’s Chief Press Secretary Ada Obi said.`, `“...,” local chief of
police operations Budi said.`, `“...,” The Head of Mitigation at the agency Jo Lee said.`:
after the quote, a run of words naming a post (lowercase or mixed, with "of", "at", a
possessive) runs straight into the name, and the name into its speech verb. Such a run is
no list of titles, so it was read as a clause of its own; with a role noun in it, nothing
that breaks it (a comma, a colon, a mark, a bracket) and no verb of speech, it is the
speaker's post.
"""

from __future__ import annotations

import re

from bot.authoring.role_noun import has_role_noun
from bot.authoring.roles import DETERMINERS, FUNCTION_WORDS

__all__ = ["post_lead"]

_LONGEST = 14
_BREAKS = re.compile(r"[,;:()\[\]“”\"«»!?—–]|\s-\s")
# A post opens with a determiner, an adjective or a title; a run opening with any other
# small word ("after", "while", "is") is a clause.
_OPENERS_ALLOWED = DETERMINERS - {"that", "this", "another"}


def post_lead(lead: str, verb: re.Pattern[str]) -> bool:
    """Whether `lead` (between a quote's end and a name) is a speaker's post: at most 14
    words, a role noun among them, opening with no clause word, nothing breaking it and no
    verb of speech in it."""
    words = lead.split()
    if not words or len(words) > _LONGEST or _BREAKS.search(lead) or verb.search(lead):
        return False
    first = words[0].casefold()
    if first in FUNCTION_WORDS and first not in _OPENERS_ALLOWED:
        return False
    return has_role_noun(lead)
