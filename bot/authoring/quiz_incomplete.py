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
  another;
- a noun and its relative clause with no main verb after it ("An interview that will be
  broadcast on Sunday.", "A tragedy that tears the hearts of officers."): a fragment that
  names a thing and states nothing about it (round 42); "A front that stalled over the
  region dumped rain." goes on to its verb and stays.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

__all__ = [
    "cites_another_author",
    "lacks_its_subject",
    "only_a_relative_clause",
    "that_points_back",
]

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


# "An interview that will be broadcast ...": an indefinite article, one noun, then the clause.
_RELATIVE_OPENING = re.compile(r"^An? [a-z]+ (?:that|which) (?P<clause>.+)$")
_FINITE_WORD = re.compile(
    r"(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|[a-z]{2,}ed|[a-z]{3,}s|"
    # the past of the irregular verbs news uses most ("A fire which started ... spread ...")
    r"began|became|bought|brought|broke|built|came|caught|chose|cut|drew|drove|fell|felt|"
    r"fled|flew|fought|found|gave|got|grew|heard|held|hit|hurt|kept|knew|led|left|lost|made|"
    r"met|paid|put|ran|rose|sank|saw|sent|set|shot|shut|sold|spent|spoke|spread|stood|"
    r"struck|took|thought|threw|tore|went|won|wrote)"
)
_NOT_FINITE = words(
    "this its his hers ours yours theirs us as across towards besides always perhaps"
    " sometimes news series"
)
# A word after these is a noun ("the hearts", "of officers"), never the clause's verb.
_BEFORE_A_NOUN = words(
    "the a an his her their its our my your of in on at for with across from by about into"
    " over under after before"
)


def _verb_groups(tokens: list[str]) -> int:
    """How many runs of finite verbs the words hold ("will be" one run, "stalled ...
    dumped" two); a word right after an article or a preposition is a noun."""
    groups, inside = 0, False
    for before, word in zip(["", *tokens], tokens, strict=False):
        verb = (
            _FINITE_WORD.fullmatch(word) is not None
            and word not in _NOT_FINITE
            and before not in _BEFORE_A_NOUN
        )
        groups += verb and not inside
        inside = verb
    return groups


def only_a_relative_clause(sentence: str) -> bool:
    """Whether the sentence is a noun and its relative clause, with no main verb after."""
    match = _RELATIVE_OPENING.match(sentence.strip())
    if match is None:
        return False
    tokens = re.findall(r"[a-z’'-]+|\S", match["clause"].casefold())
    return _verb_groups(tokens) <= 1
