"""Whether a quote's "he said" is too unsure a speaker for a "Who said ...?" question.

News prose carries a "he" or "she" over from the person last named, but a paragraph that
first states something of someone else ("The court asked the lawyers to ...", "Senior
lawyers say ...") and then quotes "he said" leaves the pronoun to a person it never names:
one of those lawyers, or the judge two paragraphs back. The attribution stays in the draft
for the teacher to check; a question keyed to it would teach a guess as a fact. A pronoun
quote that opens its paragraph, or follows an introduction ("He said:", "She added,") or a
sentence about the same person ("She explained that ..."), keeps its question.
"""

from __future__ import annotations

import re

from bot.authoring.text import sentence_spans

_OPENING_MARKS = "“\"‘'«"
# A he or she in any case: the sentence before is about the quote's speaker.
_PERSONAL = re.compile(r"\b(?:he|she|his|her|hers|him|himself|herself)\b", re.IGNORECASE)
_FINISHED = ".!?"


def after_another_subject(paragraph: str, quote: str, speaker: str) -> bool:
    """Whether `quote`, attributed by a he or she, follows in its paragraph a finished
    sentence that names neither its speaker nor any he or she."""
    at = paragraph.find(quote[:40]) if quote else -1
    if at < 0:
        return False  # the quote is not found as printed: no reason to doubt it here
    before = paragraph[:at].rstrip().rstrip(_OPENING_MARKS).rstrip()
    if not before or before[-1] not in _FINISHED:
        return False  # opens the paragraph, or follows "He said:" or "she added,"
    spans = sentence_spans(before)
    if not spans:
        return False
    start, end = spans[-1]
    last = before[start:end]
    if _PERSONAL.search(last):
        return False
    names = [part for part in re.split(r"[\s.,]+", speaker) if len(part) > 2]
    return not any(re.search(rf"\b{re.escape(part)}\b", last) for part in names)
