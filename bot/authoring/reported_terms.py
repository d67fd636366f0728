"""Words in quotation marks inside a named speaker's reported clause.

"Stolwyk said it was the “least proud” she had been", "Gonzalez added that the logistics
of the “pilot plan” were being worked out": a word or two in marks after "the" or a
determiner reads as a term when nobody is shown saying it, but inside the clause of a
speech verb whose subject is a person the words are that person's, as the labels give
them. Two forms stay a term whoever speaks: a capitalised run ("the “Clean Streets”
campaign") and a run used as a noun's modifier whose last word is no adjective ("the
“old harbour” area", "the “one time big time” drug operations": names of a place or a
scheme); an evaluative adjective before the noun ("an “unprecedented” demand", "a “very
competent” chairman") is the speaker's. And the words must sit in the verb's reported
clause ("said it was the “least proud”", "added that the “pilot plan”"), not be its object
("confirmed the existence of the “cluster”": the writer's term for what was confirmed),
unless the verb gives its object a name ("called it an “illogical” plan"). A term the
article puts in marks more than once ("the “cluster”" twice) is the article's own word for
a thing, whoever it reports.
"""

from __future__ import annotations

import re

from bot.authoring.plain_adjectives import plain_evaluative

_CAPITALISED = re.compile(r"[A-Z0-9]")
# The endings of English adjectives (and past participles used as them): -ed, -al, -ous,
# -ive, -ible, -able, -ic, -ent, -ant, -ful, -less, -ary, -ish.
_ADJECTIVE_END = re.compile(r"(?:ed|al|ous|ive|ible|able|ic|ent|ant|ful|less|ary|ish)$")
# A clause between the verb and the quote: "that", an auxiliary or copula, a past tense.
_CLAUSE = re.compile(
    r"(?<![\w’'])(?:that|is|are|was|were|has|have|had|will|would|could|can|should|must|may|"
    r"might|be|been|did|does|do|[a-z]+ed)(?![\w’'])"
)
# How many words a partial quote of reported speech holds at most (the census's unit).
PARTIAL_WORDS = 4


def _words(run: str) -> list[str]:
    parts = [w.strip("‘’'\"“”.,;:!?()") for w in run.split()]
    return [w for w in parts if w]


def names_by_capitals(run: str) -> bool:
    """Whether every word of the quoted run opens with a capital or a digit."""
    words = _words(run)
    return bool(words) and all(_CAPITALISED.match(w) for w in words)


def evaluative_modifier(run: str) -> bool:
    """Whether the quoted run, standing before a noun, ends in an adjective ("unprecedented",
    "very competent", "illogical and indefensible"), not a noun of a name ("old harbour")."""
    words = _words(run)
    if not words:
        return False
    last = words[-1].casefold()
    return _ADJECTIVE_END.search(last) is not None or plain_evaluative(last)


def partial_quote(run: str) -> bool:
    """Whether the quoted run is a partial quote: a few words, no sentence of its own."""
    return len(run.split()) <= PARTIAL_WORDS


def in_reported_clause(between: str) -> bool:
    """Whether the words between a speech verb and a quote open a clause of their own (the
    quote is what the speaker said of something), not only the verb's object."""
    return _CLAUSE.search(between) is not None


# "said the “unprecedented” collaboration ... had": "say" takes a clause, not an object, so a
# definite determiner right after it opens the reported clause with its "that" left out ("a"
# and "an" do not: "said a prayer", "said a few words" are objects).
_SAID_THEN_DETERMINER = re.compile(
    r"\s+(?:the|this|these|those|its|his|her|their|our|my|your)\s", re.IGNORECASE
)
_SAY = frozenset({"said", "says"})


def said_clause(verb: str, between: str) -> bool:
    """Whether `between` opens the clause reported by "said"/"says" with its "that" left out
    ("said the “unprecedented” collaboration ...")."""
    return verb in _SAY and _SAID_THEN_DETERMINER.match(between) is not None


def marked_again(article: str, run: str) -> bool:
    """Whether the article puts the same words in quotation marks more than once."""
    words = run.strip()
    if not words:
        return False
    marked = re.compile(r"[“\"‘'«]\s*" + re.escape(words) + r"\s*[”\"’'»]")
    return len(marked.findall(article)) > 1
