"""Page clutter that is not the article: photo captions and credits, bylines, timestamps,
navigation and sharing chrome, credit lines ("Reporting by ...").

Copied news pages carry these between the paragraphs; left in, they become section titles,
figures ("Martin Giles", a photographer), roles and quiz questions. Every check here is one
line at a time with bounded regular expressions, so it stays linear in the article.
"""

from __future__ import annotations

import re

__all__ = ["clutter_flags", "is_byline", "is_clutter_line", "strip_glued_credit"]

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
_TIME_WORDS = frozenset(
    (
        f"{_MONTHS} {_DAYS} am pm a m p gmt utc est edt cst cdt pst pdt bst cet cest ist et "
        "published updated posted date created modified last ago hour hours minute minutes "
        "min mins day days week weeks read at on by time"
    ).split()
)
_ALPHA = re.compile(r"[A-Za-z]+")

_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|advertisement|advert|sponsored(?: content)?|"
    r"related(?: articles| stories| content| topics)?|read more.{0,80}|more (?:videos|stories)|"
    r"view|views|share(?: this(?: article| story)?)?|comments?|leave a comment|"
    r"sign up.{0,120}|subscribe.{0,120}|follow us.{0,120}|don'?t miss|best of .{1,40}|"
    r"latest (?:news )?(?:videos|news|stories)|trending(?: topics| now)?|homepage|home|"
    r"voice your opinion!?|to join the conversation.{0,160}|our standards.{0,120}|"
    r"chevron icon.{0,200}|current: ?home ?>.{0,300}|\w{1,20}! \(\d{1,9}\)|"
    r"watch .{0,120}(?:above|below)\.?|tune in to .{0,120}|"
    r"(?:photo|image|picture|video) (?:credit|courtesy)s?:.{0,120}|"
    r"reporting by .{0,200}|(?:writing|editing|additional reporting) by .{0,200}|"
    r".{1,60} can be reached at .{0,160}|nation & world|world news|business news|"
    r"#\S.{0,60}|\|+|\d{1,3}|font size:?|print|email|whatsapp|facebook|twitter|linkedin)$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*"
_CREDIT_LINE = re.compile(
    rf"^\(?(?:{_NAME}\s){{0,3}}{_NAME}\s?/\s?(?:{_NAME}\s?){{1,3}}\)?\.?$|"
    r"^\((?:Photo|Image|Picture)?:?[^()]{0,80}/[^()]{1,80}\)$"
)
_AGENCY_GLUED = r"(?:[A-Z]{2,}(?=[A-Z][a-z])|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[A-Z]))"
_GLUED_CREDIT = re.compile(rf"^(?:{_NAME} ){{1,3}}{_NAME}/{_AGENCY_GLUED}")
_STAFF = re.compile(r"^(?:[A-Z][\w.&-]*\s){1,3}(?:Staff|Reporters?|Correspondents?)$")
_BYLINE = re.compile(
    r"^by\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6}(?:\s*[|,–—-]\s*.{0,60})?$",
    re.IGNORECASE,
)
_CAPTION_VERBS = (
    "speaks|does|attends|arrives|looks|gestures|listens|waits|walks|stands|holds|delivers|"
    "addresses|talks|poses|answers|leaves|is seen|are seen|sits|smiles|reacts|visits"
)
_CAPTION = re.compile(
    rf"\b(?:{_CAPTION_VERBS})\b.{{0,200}}\bon (?:\w+day, )?[A-Z][a-z]+\.? \d{{1,2}}, \d{{4}}",
)
_CREDIT_IN_TEXT = re.compile(
    r"\((?:Photo|Image|Picture)?:?\s?[A-Z][\w .'’-]{0,40}/[A-Z][\w .'’-]{0,40}\)|"
    r"/(?:Getty Images|AFP|Reuters|AP Photo|EPA|Shutterstock|Alamy|PA Media|PA Wire)\b"
)
_TERMINAL = '.!?"”’…)'


def _is_timestamp(line: str) -> bool:
    """A line of dates and times only: "Published: 06/09/2023", "- 08:53", "1 Min Read"."""
    if not any(c.isdigit() for c in line) or len(line) > 120:
        return False
    return all(w.casefold() in _TIME_WORDS for w in _ALPHA.findall(line))


def _is_meta_row(line: str) -> bool:
    """ "Reuters | Ankara | Updated: 02-11-2022 01:55 IST | ...": a row of page metadata."""
    cells = [c.strip() for c in line.split("|")]
    return len(cells) >= 3 and any(_is_timestamp(c) for c in cells)


def is_byline(line: str) -> bool:
    """ "By Garth Kant", "Reuters Staff": who wrote it, not what it says."""
    return bool(_BYLINE.match(line) or _STAFF.match(line))


def is_clutter_line(line: str) -> bool:
    """A line that is page furniture on its own, wherever it appears."""
    text = line.strip()
    if not text:
        return True
    return bool(
        _CHROME.match(text)
        or _CREDIT_LINE.match(text)
        or _is_timestamp(text)
        or _is_meta_row(text)
        or is_byline(text)
        or (len(text) <= 300 and _CAPTION.search(text) and "“" not in text and '"' not in text)
        or (len(text) <= 300 and _CREDIT_IN_TEXT.search(text))
    )


def strip_glued_credit(line: str) -> str:
    """ "Martin Giles/BBCMs Robinson said ..." -> "Ms Robinson said ..." (a credit run in)."""
    match = _GLUED_CREDIT.match(line)
    return line[match.end() :] if match else line


def _unpunctuated(text: str) -> bool:
    return bool(text) and text[-1] not in _TERMINAL


def _rule_or_credit(line: str) -> bool:
    return bool(line) and (not line.strip("| ") or bool(_CREDIT_LINE.match(line)))


def clutter_flags(lines: list[str], paragraphs: list[bool] | None = None) -> list[bool]:
    """For each paragraph (credits already stripped), whether it is page clutter.

    Besides lines that are clutter on their own, this flags a line repeated right after
    itself (a caption shown twice; a headline repeated at the top keeps its first copy), an
    unpunctuated line next to a credit or a `|` rule (the caption the credit belongs to), a
    name alone just before its byline, and short unpunctuated lines trailing at the end
    (navigation); `paragraphs` says which lines are paragraphs (not list items or headings),
    the only ones that can be trailing navigation.
    """
    flags = [is_clutter_line(line) for line in lines]
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i else ""
        if prev == line or (nxt == line and i > 0):
            flags[i] = True
        near = _rule_or_credit(prev) or _rule_or_credit(nxt)
        if near and _unpunctuated(line) and len(line) <= 200:
            flags[i] = True
        if is_byline(nxt) and nxt.casefold().endswith(line.casefold()) and len(line) <= 60:
            flags[i] = True
    last = len(lines)
    plain = paragraphs or [True] * len(lines)
    while last > 0 and (
        flags[last - 1]
        or (
            plain[last - 1] and _unpunctuated(lines[last - 1]) and len(lines[last - 1].split()) <= 5
        )
    ):
        flags[last - 1] = True
        last -= 1
    return flags
