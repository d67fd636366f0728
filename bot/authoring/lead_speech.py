"""Whether a paragraph about one person shows that person speaking: their name or he/she
is the subject of a verb of speech ("Coach Ana Lind said the team had improved.", "Lind,
however, tried to explain ...", "Lind goes on to say ..."), or the one the paragraph's words
are "according to" ("According to the county commissioner, Ana Lind, ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention
from bot.authoring.roles import speech_verb_pattern, verb_after_asides

# A verb of speech after the subject, perhaps after "also", "then", "tried to", "went on to".
_LEAD_IN = re.compile(
    r"^,?\s*(?:(?:also|then|later|however,?|further|again|once\s+again)\s+)?"
    r"(?:(?:tried|tries|went\s+on|goes\s+on|sought|wanted|continued|moved|was\s+quick)\s+to\s+)?"
)
# "According to the county commissioner, Jo Obi, ...": the words before a name they report.
_ACCORDING_TO = re.compile(r"(?<![\w’'])[Aa]ccording\s+to\s+(?:[^.;:!?“”\"]{0,60},\s+)?$")
_VERB = re.compile(rf"^(?:{speech_verb_pattern().pattern})")


def speaks_as_subject(text: str, mentions: Sequence[Mention], key: str) -> bool:
    """Whether a mention of `key` (a name of theirs; he/she mentions have no key) in `text`
    is followed by a verb of speech whose subject it is, or follows "according to"."""
    for m in mentions:
        if m.key == key and _ACCORDING_TO.search(text, 0, m.start):
            return True
        if m.key != key or not m.subject:
            continue
        rest = text[m.end :]
        lead_in = _LEAD_IN.match(rest)
        after = rest[lead_in.end() :] if lead_in else rest
        if _VERB.match(after) or verb_after_asides(rest):
            return True
    return False
