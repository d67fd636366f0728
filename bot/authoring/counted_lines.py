"""A line closed by a bare number in brackets (round 44), or a dated line closed by a reader
count (round 56).

A page's form: a widget's counter ("Comments (7)", "Entries in Power Outages (13)"), a
gallery's picture number under its label ("Government Hospital (4)") or a picture's file
number after its caption ("The harbour at dawn. (28390217)"). A story's paragraph never
ends on a number alone in brackets after a space: a list's "(2)" opens its item, and a
law's "section 5(1)" is glued to its section and followed by the sentence's stop.

A post's meta line closes on how many read or answered it: "February 14, 2023 Jane Roe 293
views", "| 13/01/2014 | 0 Comments", "by deskname on July 25, 20171289 Views" (the count
glued to the year). A date in the line and a count of views, comments, reads, shares or
hits as its last words, with no sentence stop: a story tells a count in a sentence ("The
video had 2,000 views by Friday.").
"""

from __future__ import annotations

import re

__all__ = ["closed_by_bare_number", "closed_by_reader_count"]

_MAX_LINE = 200
_CLOSING_NUMBER = re.compile(r"\S \(\d+\)$")


def closed_by_bare_number(line: str) -> bool:
    """Whether the line ends on a space and a bare number in brackets."""
    text = line.strip()
    return len(text) <= _MAX_LINE and _CLOSING_NUMBER.search(text) is not None


_MAX_META_WORDS = 20
_READER_COUNT = re.compile(r"(?<![\d,.])\d[\d,.]*\s?(?i:views?|comments?|reads?|shares?|hits)$")
_SENTENCE_STOP = re.compile(r"[a-z]{2}[.!?](?:\s|$)")  # "... by Friday. It ...", not "P. "
_DATE_IN_LINE = re.compile(
    r"\b(?:19|20)\d\d|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b"
)


def closed_by_reader_count(line: str) -> bool:
    """Whether a short line with a date in it ends on a count of views or comments."""
    text = line.strip()
    count = _READER_COUNT.search(text)
    if len(text.split()) > _MAX_META_WORDS or count is None:
        return False
    before = text[: count.start()].split()
    if before and before[-1].isalpha() and before[-1].islower():
        return False  # "... had 2,000 views": a sentence tells the count with its verb
    return not _SENTENCE_STOP.search(text) and bool(_DATE_IN_LINE.search(text))
