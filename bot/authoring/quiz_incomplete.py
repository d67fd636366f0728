"""Statements a student cannot judge because part of them is missing (round 41).

Two forms of English prose, each read on the sentence alone:

- a demonstrative "that" closing a clause ("No radio show can change that.", "... issued a
  release explaining that."): what "that" is, the sentence before says; when the sentence
  itself opens a clause "that" can stand for ("said that if the rally stays peaceful, police
  have nothing to do about that."), it stays;
- a lead-in, a comma, then a verb with no subject before it ("Next week, advises the
  Commission on ..."): a translation's word order that lost the sentence's subject;
- a quote that cites another author's line, credited by a dash ("‘Art is a step ...’ –
  Gibran Khalil Gibran."): asked "who said it", the prompt names one author and the answer
  another.
"""

from __future__ import annotations

import re

__all__ = ["cites_another_author", "lacks_its_subject", "that_points_back"]

# "that" then a stop, or a comma and the attribution closing the sentence ("... change that,
# the prime minister noted."): the pronoun; "said that, despite the rain, ..." is the
# conjunction and stays.
_THAT_CLOSING = re.compile(
    r"\bthat(?:[.;!?]|, (?:[\w’'-]+ ){1,5}(?:said|says|noted|notes|added|adds|told|stressed|"
    r"explained|wrote|warned)\b[^,;]{0,40}[.!?]?$)"
)
# A clause "that" may stand for inside the sentence: a condition, a time, a cause, a report.
_OWN_CLAUSE = re.compile(
    r"\b(?:if|when|whenever|because|since|after|before|although|though|while|whether|unless|"
    r"that|which|who)\b",
    re.IGNORECASE,
)
# "Next week, advises the ...", "On Monday, decided the ...": a short lead-in of at most five
# words, then a lower-case verb and an article; a speech verb there is an inverted
# attribution ("Next week, says the report, ..."), English prose.
_SUBJECTLESS = re.compile(
    r"^[A-Z][\w’'-]*(?: [\w’'-]+){0,4}, "
    r"(?!(?:says|said|adds|added|notes|noted|reports|reported|writes|wrote|argues|argued)\b)"
    r"[a-z]{3,}(?:s|ed) (?:the|a|an)\b"
)


def that_points_back(sentence: str) -> bool:
    """Whether the sentence closes a clause on "that" with nothing before it in the sentence
    for "that" to stand for."""
    found = _THAT_CLOSING.search(sentence)
    if found is None:
        return False
    return _OWN_CLAUSE.search(sentence[: found.start()]) is None


def lacks_its_subject(sentence: str) -> bool:
    """Whether the sentence opens with a lead-in and a verb that has no subject."""
    return _SUBJECTLESS.match(sentence) is not None


# "‘Art is a step between ...’ – Gibran Khalil Gibran.": a line in inner quote marks, then a
# dash and the capitalised name of its author.
_CITED_LINE = re.compile(
    r"[‘'][^’']{10,}[’'],? ?[–—-] ?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?=[.,;:]|\s*$)"
)


def cites_another_author(quote: str) -> bool:
    """Whether the quote carries another author's line credited to them by a dash."""
    return _CITED_LINE.search(quote) is not None
