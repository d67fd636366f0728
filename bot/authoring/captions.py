"""Photo captions told by their grammar or their date, breadcrumbs glued to the headline,
and a syndicated wire's credit before the lede.

A caption names who is in the picture and says what they do without a finite verb
("Governor Jane Roe and Per Holm launching the water project", "Jane Roe together with
Per Holm, the harbour master."), or ends with the photo desk's full date ("..., Sunday,
March 30, 2014."); news prose has a verb and dates an event with "on". Every check is one
line at a time with bounded regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN

__all__ = ["flag_captions_by_form", "strip_print_note", "strip_wire_credit"]

# "... ended up in the river, Sunday, March 30, 2014.": the desk's date closes the caption.
_DESK_DATE = re.compile(rf", {WEEKDAY_PATTERN}, {MONTH_PATTERN} \d{{1,2}}, \d{{4}}\.?$")
# "Jan 19, 2011 (Los Angeles Times - ... via COMTEX) -- REPORTING FROM SAN FRANCISCO --":
# the feed's date and source in brackets, then dashes, before the lede's first word.
_WIRE_CREDIT = re.compile(
    rf"^{MONTH_PATTERN} \d{{1,2}}, \d{{4}} \([^()]{{2,120}}\) ?(?:--|[—–]) ?"
    r"(?:[A-Z][A-Z ,.'’-]{3,80} ?(?:--|[—–]) ?)?(?=[A-Z])"
)
# '... he said.A version of this article appears in the print on December 25, 2022, of The
# Times.': the print edition's note run into the story's last paragraph.
_PRINT_NOTE = re.compile(
    r"(?<=[.!?\"”])\s*A version of this (?:article|story) appear(?:s|ed) in (?:the )?print\b"
    r"[^\"“”]{0,200}$"
)
# Words that make a line a statement: auxiliaries, the past tense, irregular past forms.
_FINITE = re.compile(
    r"^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|says|said|told|[a-z]{2,}ed|began|beat|became|bought|brought|broke|"
    r"built|came|caught|chose|cut|drew|drove|fell|felt|fled|flew|fought|found|gave|got|grew|"
    r"heard|held|hit|hurt|kept|knew|laid|led|left|lost|made|meant|met|paid|put|ran|rose|sat|"
    r"saw|sent|set|shot|sold|spent|spoke|stood|struck|took|thought|threw|went|won|wrote)$"
)
# After these a word ending in "s" is a noun ("the results", "on water services").
_BEFORE_NOUN = frozenset(
    {"the", "a", "an", "their", "his", "her", "its", "our", "of", "on", "in", "at", "for"}
    | {"with", "to", "about", "and", "from", "by", "this", "these", "those", "some", "many"}
    | {"more", "other"}
)
_TAKES_A_PARTICIPLE = frozenset(
    {"keeps", "starts", "stops", "begins", "continues", "risks", "enjoys", "avoids", "quits"}
    | {"finishes", "resumes", "admits", "denies", "considers", "suggests", "recommends"}
    | {"misses", "spends", "goes", "comes", "means", "hates", "loves", "likes", "prefers"}
)
_JOINS = frozenset({"together", "with", "and", "alongside"})
_DASH = re.compile(r"\s[-–—]\s")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_QUOTES = '"“”‘'
# A stop and a space inside a line, not after a title's or an initial's short form ("Dr.
# William Duguid", "Gov. Nathan Deal", "John F. Kennedy").
_SENTENCE_INSIDE = re.compile(
    r"(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|Lt|No|Co))(?<!\bMrs|\bGov|\bSen|\bRep|\bRev|\bHon|\bCol|\bGen)"
    r"(?<!\bProf|\bCapt)(?<!\b[A-Z])[.!?] "
)
_MIN_CAPTION_WORDS = 8
_MAX_CAPTION_WORDS = 60
_GLUED_LABELS = 6  # words of breadcrumbs run into a headline


def strip_wire_credit(line: str) -> str:
    """ "Jan 19, 2011 (Agency via Feed) -- Apple found ..." -> "Apple found ..."."""
    match = _WIRE_CREDIT.match(line)
    return line[match.end() :] if match else line


def strip_print_note(line: str) -> str:
    """ "... he said.A version of this article appears in print ..." -> "... he said."."""
    return _PRINT_NOTE.sub("", line)


def _desk_dated(line: str) -> bool:
    """A caption dated by the photo desk after a comma, with no "on" before the day."""
    return _DESK_DATE.search(line) is not None and not any(q in line for q in _QUOTES)


def _verbless(line: str) -> bool:
    """Names first, then no finite verb: only a participle ("launching") or none at all."""
    if any(q in line for q in _QUOTES) or line.rstrip()[-1:] in "?!:;," or _DASH.search(line):
        return False
    words = _WORD.findall(line)
    if not _MIN_CAPTION_WORDS <= len(words) <= _MAX_CAPTION_WORDS:
        return False
    if sum(w[0].isupper() for w in words[:5]) < 2 or not words[0][0].isupper():
        return False
    if _SENTENCE_INSIDE.search(line.rstrip(".")):
        return False  # more than one sentence ("Dr. William Duguid" is one)
    lower = [(n, w) for n, w in enumerate(words) if w[0].islower()]
    if not any(len(w) >= 4 and w not in _BEFORE_NOUN for _, w in lower):
        return False  # a title-case headline or a label, not a caption
    participle = next((n for n, w in lower if _participle(words, n)), None)
    if participle is None and not _names_before_comma(line):
        return False
    participle = len(words) if participle is None else participle
    for n, word in lower:
        if _FINITE.match(word):
            return False
        present = word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s"))
        present = present and not _subject_of(words, n, participle)
        if present and n < participle and words[n - 1].casefold() not in _BEFORE_NOUN:
            return False  # "the council approves": a verb in the present tense
    return True


def _subject_of(words: Sequence[str], n: int, participle: int) -> bool:
    """ "pupils (excitedly) checking": a word in "s" right before the participle, or before
    an adverb and the participle, is the plural doing it; a verb would need "is" or "are"
    (but "keeps asking", "starts pumping": a verb that takes the participle as its object)."""
    if words[n].casefold() in _TAKES_A_PARTICIPLE:
        return False
    if participle == n + 1:
        return True
    return participle == n + 2 and words[n + 1].endswith("ly")


def _participle(words: Sequence[str], n: int) -> bool:
    """ "launching", not "the incoming" nor "NUT's ongoing" (adjectives after a determiner)."""
    word, before = words[n], words[n - 1] if n else ""
    return (
        word.endswith("ing")
        and len(word) > 5
        and before.casefold() not in _BEFORE_NOUN
        and not before.endswith(("'s", "’s"))
    )


def _names_before_comma(line: str) -> bool:
    """ "Jane Roe together with Per Holm, ...": only names and small words before the first
    comma (not "The Fijians travel to Dubai, ...")."""
    head, comma, _ = line.partition(",")
    lower = [w for w in _WORD.findall(head) if w[0].islower()]
    return bool(comma) and all(w in _JOINS or w in _BEFORE_NOUN for w in lower)


def _labels_over(line: str, below: str) -> bool:
    """ "NewsLocalStrike action looms ..." over "Strike action looms ...": the page's
    breadcrumbs run into the headline printed again under them."""
    if line == below or not line.endswith(below) or len(below.split()) < 4:
        return False
    labels = line[: -len(below)].strip()
    return bool(labels) and len(labels.split()) <= _GLUED_LABELS and labels[-1:] not in ".!?"


_CREDIT_NAME = re.compile(r"^((?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+) ")
_MAX_CAPTION = 200


def _credit_wrapped(line: str) -> bool:
    """ "Jane Roe A street under water Jane Roe": a picture's description between its
    credit printed twice (the copy of a page that shows the credit over and under it)."""
    name = _CREDIT_NAME.match(line)
    if name is None or len(line) > _MAX_CAPTION + 100:
        return False
    credit = name.group(1)
    return line.endswith(credit) and len(line) > 2 * len(credit) + 10


def _flag_wrapped_pictures(lines: Sequence[str], flags: list[bool]) -> None:
    """The credit-wrapped description, and the open line under it: the picture's caption."""
    for i, line in enumerate(lines):
        if not _credit_wrapped(line):
            continue
        flags[i] = True
        below = lines[i + 1] if i + 1 < len(lines) else ""
        open_line = below.rstrip()[-1:] not in ".!?:\"”’'…"
        if below and open_line and len(below) <= _MAX_CAPTION and _unquoted(below):
            flags[i + 1] = True


def _unquoted(line: str) -> bool:
    return not any(q in line for q in _QUOTES)


def flag_captions_by_form(lines: Sequence[str], flags: list[bool]) -> None:
    """Flag (in place) breadcrumbs glued over the headline and, under the page's first
    line, captions told by their grammar or their date."""
    _flag_wrapped_pictures(lines, flags)
    first = next((i for i, flag in enumerate(flags) if not flag), len(lines))
    above = ""  # the last line kept above this one
    for i, line in enumerate(lines):
        glued = i + 1 < len(lines) and _labels_over(line, lines[i + 1])
        if glued or (i > first and (_desk_dated(line) or _caption_under(line, above))):
            flags[i] = True
        if not flags[i] and line:
            above = line


def _caption_under(line: str, above: str) -> bool:
    """A verbless caption; one with no closing stop only right under an open line (the
    headline), since a headline under the page's chrome has no verb either, or right under
    a paragraph of the story (a closed sentence), where no headline stands."""
    closed = line.rstrip()[-1:] == "."
    open_above = len(above.split()) >= 4 and above.rstrip("\"”’'")[-1:] not in ".!?:;,…"
    prose_above = len(above) >= _MIN_PROSE and above.rstrip("\"”’'")[-1:] in ".!?"
    copy = bool(above) and above in line  # the headline's copy: `furniture` reads it
    return _verbless(line) and (closed or open_above or prose_above) and not copy


_MIN_PROSE = 80
