"""A wire dateline, or what is left of one, taken off the front of a quiz statement.

Wire and syndicated copy opens its first sentence with where and when it was filed, and
often by whom: "Accra, June 12, GNA – Mr Boye Laryea has cautioned ...", "August 30
(Reuters) Mongolia's prime minister has asked ...", "KINGSTON, Jamaica; January 05, 2021:
Tourism Minister ...". An editor who runs a second agency's lines marks them "AFP adds:".
None of it is part of what the statement says, and a page that dropped the place keeps the
dash that followed it ("– Saskatchewan's public safety minister says ..."). A statement
keeps the story's sentence and loses only that head.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?"
_PLACE_WORD = r"[A-Z][\w’'.-]*"
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}"
# A wire's initials ("GNA", "CMC") or its name in brackets ("(Reuters)", "(AFP)").
_AGENCY = r"(?:[A-Z]{2,6}|\([A-Z][A-Za-z]{1,14}\))"
_SEPARATOR = r"(?: ?(?:[—–]|--?) | ?: )"
# [PLACE[, REGION][,;] ]DATE[[,] AGENCY] then a dash or a colon, or a bracketed agency
# then the sentence: the date is what marks a filing head, not a sentence's subject.
_FILING_HEAD = re.compile(
    rf"^(?:{_PLACE}(?:, {_PLACE})?[,;] )?{_DATE}"
    rf"(?:,? {_AGENCY}{_SEPARATOR}|{_SEPARATOR}| \([A-Z][A-Za-z]{{1,14}}\) )(?=[A-Z])"
)
# "AFP adds: ...": an editor's mark that a second agency's report follows.
_AGENCY_ADDS = re.compile(r"^(?:[A-Z]{2,6}|\([A-Za-z]{2,15}\)) adds?: (?=[A-Z])")
# "– Saskatchewan's ...": the dash of a dateline whose place the page dropped.
_LEFT_DASH = re.compile(r"^(?:[—–]|--?) +(?=[A-Z])")


def without_filing_head(sentence: str, keep: str = "") -> str:
    """`sentence` without the dateline, the agency's mark or the stray dash opening it;
    unchanged when the head would hold `keep` (a question's blank)."""
    for head in (_FILING_HEAD, _AGENCY_ADDS, _LEFT_DASH):
        match = head.match(sentence)
        if match and not (keep and keep in match.group()):
            return sentence[match.end() :]
    return sentence
