"""Who a report quotes: "the paper cited Deputy Minister Ada Obi as saying".

English news passes on words another outlet or person heard with "X quoted|cited Y as
saying" (Y spoke, X only reports) or "Y was quoted (by X) as saying". After a quote the
quoter may be a long phrase ("the Kyiv Daily news portal"), the one quoted may carry a title
of several capitalised words ("Ukraine's Deputy Prime Minister"), a descriptor may stand
before a passive subject ("Labour Party leader Ram Sharma was quoted as saying"), and the one
quoted may be a role ("quoted the health minister as saying": its one holder, see
`quotes._role_subject`). A speech verb before "quoted" ("Obi said the paper quoted Bello as
saying") or a comma in the stretch leaves the frame unread: two people could be meant.
"""

from __future__ import annotations

import re

from bot.authoring.roles import speech_verb_pattern

__all__ = ["quoted_role", "quoted_subject", "quoting_lead"]

_WORD = r"[\w’'.&-]+"
_AS_SAYING = r"(?:as\s+saying|to\s+have\s+said)\b"
# From a quote's end to the name quoted: the quoter, "quoted|cited", a title in capitals.
_LEAD = re.compile(
    rf"(?P<quoter>(?:{_WORD}\s+){{1,8}}?)(?:quoted|cited)\s+(?:[A-Z][\w’'.-]*\s+){{0,5}}"
)
# After a passive subject: "was quoted (by the Post) as saying (by the Post)".
_PASSIVE = re.compile(
    rf"\s+(?:was|is|has\s+been|had\s+been)\s+(?:quoted|cited)\s+"
    rf"(?:by\s+(?:{_WORD}\s+){{1,6}}?)?{_AS_SAYING}"
)
# From a quote's end to a passive subject: a descriptor without a comma.
_DESCRIPTOR = re.compile(rf"(?:{_WORD}\s+){{0,6}}")
# "the daily quoted the health minister as saying": a role quoted.
_ROLE = re.compile(
    rf"(?P<quoter>(?:{_WORD}\s+){{1,8}}?)(?:quoted|cited)\s+"
    rf"(?P<role>the\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+{_AS_SAYING}"
)
_SPEECH = speech_verb_pattern()


def _no_other_speech(quoter: str) -> bool:
    return _SPEECH.search(quoter) is None


def quoting_lead(text: str, lo: int, name_start: int) -> bool:
    """Whether the words from `lo` (after a quote) to the name at `name_start` are a quoter
    and "quoted|cited" (the name then says "as saying")."""
    lead = _LEAD.fullmatch(text, lo, name_start)
    return lead is not None and _no_other_speech(lead.group("quoter"))


def quoted_subject(text: str, lo: int, name_start: int, name_end: int) -> bool:
    """Whether the name at `name_start:name_end` is the subject of "was quoted as saying"
    after a quote ending at `lo`, with at most a short descriptor between."""
    return (
        _DESCRIPTOR.fullmatch(text, lo, name_start) is not None
        and _PASSIVE.match(text, name_end) is not None
    )


def quoted_role(text: str, lo: int, hi: int) -> tuple[list[str], int] | None:
    """The words and place of a role quoted right after a quote ("the health minister" in
    "the daily quoted the health minister as saying"), or None."""
    found = _ROLE.match(text, lo, hi)
    if found is None or not _no_other_speech(found.group("quoter")):
        return None
    return found.group("role").split(), found.start("role")
