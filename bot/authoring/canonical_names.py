"""One name per person across an article: which found "person" is a form of another.

A drafted speaker may carry the right person's name in a wrong form: the surname misspelt
once ("Masuka" beside "Anxious Masuku"), the middle name dropped ("Puja Patel" beside "Puja
Kumari Patel"), another given name under the same title, or a place glued before it
("Badenoch Kate Forbes"). Each form is resolved against the other people's full names; a
form that fits two of them is left as it is (precision first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from bot.authoring.lexicon import ROLE_NOUNS
from bot.authoring.namesakes import is_given_name
from bot.core.answer_text import clean

__all__ = [
    "accent_form",
    "canonical_owners",
    "clipped_form_of",
    "headline_run",
    "misspelt_surname",
    "organisation_form",
    "without_glued_lead",
    "without_glued_verb",
    "without_nickname",
]

MIN_SURNAME = 5
LONG_SURNAME = 8
MIN_TITLE_WORDS = 2
# Capitalised small words: a run that has them after a name is a headline's, not a name's.
_HEADLINE_WORDS = frozenset(
    [
        "With",
        "To",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "And",
        "The",
        "Over",
        "After",
        "As",
        "By",
        "From",
        "Into",
        "Against",
        "Amid",
        "Ahead",
    ]
)

_BODY_NOUNS = (
    "company|firm|group|business|manufacturer|maker|producer|organisation|organization"
    "|agency|charity|bank|brand|subsidiary|committee|department|body|conglomerate"
)
# "Hiroshi Niitsuma, a company employee": a role noun after the body noun makes the
# apposition a person's description (the body only says whose employee), not a body's.
_WORD_AFTER = re.compile(r"\s+([\w’'-]+)")
# Up to six words before the body noun, none a preposition ("the head of a company": a person).
_NOUN_WORDS = r"(?:(?!(?:of|at|for|in|with|from|to|by)\b)[\w’'-]+,?\s+){0,6}?"
_HEAD_OF = "Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor|Head|Director|Members?"


class Named(Protocol):
    """What the resolver needs of a person."""

    key: str
    name: str
    title: str | None


def misspelt_surname(name: str, surname: str) -> bool:
    """ "Masuka" of "Masuku", "Owosigyire" of "Owoyegyire": one word a letter off (two, for
    a long one) a surname, with the same first letter."""
    if name == surname or name[:1] != surname[:1] or min(len(name), len(surname)) < MIN_SURNAME:
        return False
    allowed = 2 if min(len(name), len(surname)) >= LONG_SURNAME else 1
    return Levenshtein.distance(name.casefold(), surname.casefold()) <= allowed


def _misspelt_full_surname(name: str, full: str) -> bool:
    words = full.split()
    return " " not in name and len(words) >= MIN_TITLE_WORDS and misspelt_surname(name, words[-1])


def accent_form(name: str, full: str) -> bool:
    """ "Gohier De Grâce" of "Martin Gohier De Grace", "Cavusoglu" of "Çavuşoğlu": the same
    words as a longer or equal name, or a part of them, with other accents (an article may
    print a name with its accents once and without them once)."""
    short, long_ = clean(name), clean(full)
    if short == name.casefold() and long_ == full.casefold():
        return False  # no accent in either: the plain forms decide
    return name != full and re.search(rf"(?<!\S){re.escape(short)}(?!\S)", long_) is not None


MIN_CLIPPED = 4
MIN_CLIPPED_OFF = 3


def clipped_form_of(name: str, texts: Sequence[str]) -> str | None:
    """ "La’auli" of "La’aulialemalietoa Leuatea Polata’ivao": a one-word name that is the
    start of the first word of the one longer name the article prints (a title clipped, as
    Samoan chiefly titles are), that name; None when there is none or more than one, or
    when the word is a given name ("Chris" beside "Christopher Lee" may be someone else)."""
    if " " in name or len(name) < MIN_CLIPPED or is_given_name(name):
        return None
    run = re.compile(
        rf"(?<![\w’'-]){re.escape(name)}[a-z’'-]{{{MIN_CLIPPED_OFF},}}(?:\s+[A-Z][\w’'-]+){{1,3}}"
    )
    found = {m.group(0) for text in texts for m in run.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _dropped_middle(name: str, full: str) -> bool:
    """ "Puja Patel" of "Puja Kumari Patel": the first and last words of a longer name whose
    middle is written out (an initial, "Michael S. Harrison", is left to the initials rule)."""
    short, long_ = name.split(), full.split()
    return (
        len(short) == MIN_TITLE_WORDS
        and len(long_) > len(short)
        and (short[0] == long_[0] and short[-1] == long_[-1])
        and all(len(w) > MIN_TITLE_WORDS and w.isalpha() for w in long_[1:-1])
    )


def _same_title_surname(person: Named, other: Named) -> bool:
    """ "Sri Lankan team captain Smith Kronartney" after "... captain Dameth Kronartney": one
    surname under one title of two words or more is one person written two ways."""
    words, others = person.name.split(), other.name.split()
    title = person.title or ""
    return (
        len(words) >= MIN_TITLE_WORDS
        and len(others) >= MIN_TITLE_WORDS
        and words[-1] == others[-1]
        and words[0] != others[0]
        and len(title.split()) >= MIN_TITLE_WORDS
        and title == other.title
    )


def _owner(person: Named, earlier: Sequence[Named], others: Sequence[Named]) -> str | None:
    """The key of the one person this one is a form of, or None."""
    fits = {o.key for o in others if o.key != person.key and accent_form(person.name, o.name)}
    if not fits:
        fits = {
            o.key for o in others if o.key != person.key and _dropped_middle(person.name, o.name)
        }
    if not fits:
        fits = {
            o.key
            for o in others
            if o.key != person.key and _misspelt_full_surname(person.name, o.name)
        }
    if not fits:
        fits = {o.key for o in earlier if _same_title_surname(person, o)}
    return next(iter(fits)) if len(fits) == 1 else None


def canonical_owners(persons: Sequence[Named]) -> dict[str, str]:
    """{key: owner's key} for each person who is another's name in a short or wrong form
    (persons in the order the article first names them)."""
    owners: dict[str, str] = {}
    for i, person in enumerate(persons):
        owner = _owner(person, persons[:i], persons)
        if owner is not None and owners.get(owner) != person.key:
            owners[person.key] = owner
    return owners


# `Juan Miguel “Migz” Zubiri`: a nickname in marks printed inside the full name.
_INNER_NICKNAME = re.compile(r"\s[“\"][A-Z][\w’'-]*[”\"](?=\s[A-Z])")


def without_nickname(name: str) -> str:
    """The name as the draft writes it: a nickname printed in marks inside the full name
    ("Juan Miguel “Migz” Zubiri", "J.R. “Rusty” Norman") is no part of it."""
    return _INNER_NICKNAME.sub("", name)


def without_glued_lead(name: str, texts: Sequence[str]) -> str:
    """ "Badenoch Kate Forbes" -> "Kate Forbes": a first word that is no given name, before a
    given name, written only as the last of a list of names ("Skye, Lochaber and Badenoch"),
    is a place or a body, not the person's."""
    words = name.split()
    if len(words) < 3 or not words[0].isalpha() or is_given_name(words[0]):
        return name
    if not is_given_name(words[1]):
        return name
    lead = re.compile(rf"(?<![\w’']){re.escape(words[0])}(?![\w’'])")
    listed = re.compile(rf"[A-Z][\w’'-]*,? (?:and|&) {re.escape(name)}(?![\w’'])")
    if sum(len(lead.findall(text)) for text in texts) > 1:
        return name
    if not any(listed.search(text) for text in texts):
        return name
    return " ".join(words[1:])


# "Fordwas", "Agencysaid": a word run into the verb after it (a missing space).
_GLUED_VERB = re.compile(r"([A-Z][\w’'-]{2,}?)(?:was|said|says|has|had)")


def without_glued_verb(name: str, texts: Sequence[str]) -> str:
    """ "Doug Fordwas critical" -> "Doug Ford": a name's last word that is a word the article
    prints alone, run into a verb after it, is that word (a space left out in typing)."""
    *rest, last = name.split()
    glued = _GLUED_VERB.fullmatch(last)
    if not rest or glued is None:
        return name
    stem = glued.group(1)
    alone = re.compile(rf"(?<![\w’'-]){re.escape(stem)}(?![\w’'-])")
    return " ".join([*rest, stem]) if any(alone.search(t) for t in texts) else name


def headline_run(tokens: Sequence[str]) -> bool:
    """Whether the capitalised words after a name run on through a small word ("Delighted
    With Nigeria Win"): a headline, where every word is capitalised."""
    return any(token in _HEADLINE_WORDS for token in tokens)


def organisation_form(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the name as a body's: "Cadbury Nigeria, a food and drink
    company", "Chair of Corporate Resources". Such a name is nobody who speaks."""
    written = re.escape(name)
    apposed = r",\s+(?:a|an|the)\s+" + _NOUN_WORDS + rf"(?:{_BODY_NOUNS})(?![\w’'])"
    headed = rf"\b(?:{_HEAD_OF})\s+of\s+(?:the\s+)?{written}(?![\w’'])(?!\s+(?:and|&)\s)"
    body = re.compile(rf"(?P<apposed>(?<![\w’']){written}{apposed})|{headed}")
    return any(
        m.group("apposed") is None or _body_not_role(text, m.end())
        for text in texts
        if name in text
        for m in body.finditer(text)
    )


def _body_not_role(text: str, end: int) -> bool:
    """Whether the body noun ending at `end` heads its phrase: "a company employee" has a
    role noun after it, a person's description, not a body's."""
    word = _WORD_AFTER.match(text, end)
    return word is None or word.group(1).casefold() not in ROLE_NOUNS
