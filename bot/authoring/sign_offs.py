"""Who wrote, filed or posted a story, told by a line's form.

- A desk's mark after the story's last sentence: "... to the population.” (FA)", "... he
  said. / jdr" (a writer's initials, a wire's short name), "... she said. (AFP/NAN)" (the
  wires a story came through; a photo credit names its photographer too). A sentence never
  ends in bracketed capitals or a slash and lowercase letters after its final stop.
- A byline whose name was a link and is gone: "By |".
- A post's meta row: "Posted by Jane Roe (jroe@courier.example) - Updated 10/31/2016",
  "Posted In: News Date:Jan 24th, 2020": a label, then an address, a date or a counter, and
  no final stop (a sentence opening "Posted by the council, ..." ends with one).
- A name alone with a bar, its credit or outlet lost: "Jane Roe |".
- An organisation's name with its own initials, alone on a line: "Nordland News Agency
  (NNA)", "Varnholt Teachers’ Union – VTU" (a logo's text or a wire's sign-off; prose names
  the organisation inside a sentence).
"""

from __future__ import annotations

import re

__all__ = ["is_sign_off_line", "strip_desk_mark"]

# A wire's name as its desk signs with it: initials ("NAN", "AFP") or a name that is one word.
_WIRE = r"(?:[A-Z]{2,6}|Reuters|Xinhua|Bernama|Anadolu|Kyodo|Yonhap|dpa)"
_DESK_MARK = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:\([A-Z]{{2,4}}\)|\({_WIRE}(?:\s?/\s?{_WIRE})+\)|/\s?[a-z]{{2,6}})$"
)
_EMPTY_BYLINE = re.compile(r"^(?:written )?by:?\s*[|,–—-]+\s*$", re.IGNORECASE)
_POSTED_ROW = re.compile(r"^posted (?:by|in|on):?\s?\S.{0,150}$", re.IGNORECASE)
_NAME_AND_BAR = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s*\|$")
_TERMINAL = '.!?"”’…)'
_ORG_WORD = r"(?:[A-Z][\w’'.&-]*|of|the|and|for|de|du|la)"
_INITIALED = re.compile(
    rf"^(?P<name>[A-Z][\w’'.&-]*(?: {_ORG_WORD}){{1,8}}) "
    r"(?:\((?P<a>[A-Z]{2,6})\)|[–—-] (?P<b>[A-Z]{2,6}))$"
)


def strip_desk_mark(line: str) -> str:
    """ "... the population.” (FA)" -> "... the population.”"; "... he said. / jdr" -> "...
    he said."; "... she said. (Reuters/NAN)" -> "... she said."."""
    return _DESK_MARK.sub("", line)


def is_sign_off_line(line: str) -> bool:
    """An emptied byline, a name with an empty bar, a post's meta row, or an organisation's
    name with its initials."""
    if _EMPTY_BYLINE.match(line) or _NAME_AND_BAR.match(line):
        return True
    if _POSTED_ROW.match(line) and line[-1] not in _TERMINAL and _dated_or_addressed(line):
        return True
    return _initialed_name(line)


def _dated_or_addressed(line: str) -> bool:
    return "@" in line or any(ch.isdigit() for ch in line)


def _initialed_name(line: str) -> bool:
    """ "Nordland News Agency (NNA)": the initials' letters, in order, are the name's own,
    the first one its first."""
    match = _INITIALED.match(line)
    if not match:
        return False
    name = match.group("name").casefold()
    initials = (match.group("a") or match.group("b")).casefold()
    if name[0] != initials[0]:
        return False
    at = 0
    for letter in initials:
        at = name.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True
