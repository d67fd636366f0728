"""Whether a paragraph about one person reports that person's words: their name is the
subject of a verb that reports words ("Coach Ana Lind said the team had improved.", "Lind
goes on to say ...", "Lind, however, told the meeting ..."), or the paragraph's words are
"according to" them ("According to the county commissioner, Ana Lind, ...").

Only verbs that report words count: "Tunde Bello thanked the traders" or "praised the
volunteers" tells what someone did, not that they spoke to the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention

_REPORTS = re.compile(
    r",?\s*(?:(?:also|then|later|however,?|further)\s+)?"
    r"(?:(?:goes|go|went)\s+on\s+to\s+)?"
    r"(?:said|says|say|told|tells|tell|added|adds|add|explained|explains|explain|stated"
    r"|states|state)\b"
)
# "According to the county commissioner, Jo Obi, ...": the words before a name they report.
_ACCORDING_TO = re.compile(r"(?<![\w’'])[Aa]ccording\s+to\s+(?:[^.;:!?“”\"]{0,60},\s+)?$")


def reports_words_of(text: str, mentions: Sequence[Mention], key: str) -> bool:
    """Whether a mention of `key` in `text` (its mentions outside quotes) is the subject of a
    verb that reports words, or follows "according to"."""
    for m in mentions:
        if m.key != key:
            continue
        if _ACCORDING_TO.search(text, 0, m.start):
            return True
        if m.subject and _REPORTS.match(text, m.end):
            return True
    return False
