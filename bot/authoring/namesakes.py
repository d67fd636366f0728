"""Names that link: one person written two ways, honorifics that are part of a name, and
capitalised words that name a group, not a person.

Each rule is for the precision of attributions: when two readings are possible, the rule
does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping
from functools import cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from rapidfuzz.distance import Levenshtein

from bot.authoring.gulf_styles import GULF_STYLES, LINEAGE
from bot.authoring.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    OFFICE_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from bot.authoring.roles import FUNCTION_WORDS

if TYPE_CHECKING:
    from nicknames import NickNamer

__all__ = [
    "KEPT_HONORIFICS",
    "MALAYSIAN_STYLES",
    "honoured_words",
    "is_collective",
    "is_given_name",
    "merge_variant_spellings",
    "name_honorific",
    "name_word_in_title",
    "office_before_style",
    "other_given_name",
]

# Honorifics that belong to the usual form of a name when an article always writes them.
# "Sheikh" is a part of South Asian names ("Sheikh Hasina"); the Gulf spellings and styles
# "Shaikh", "Sheikha", "Sayyid", "Sayyida" are a rank's style only, never kept (round 32).
# "Sardar" is written as a part of Pakistani and Punjabi names ("Sardar Ayaz Sadiq") when the
# article writes it every time (round 37).
# Malaysian styles ("Tan Sri", "Datuk Seri", "Datuk", "Dato'", "Tun") are not among them: they
# are conferred honours, never part of the name, however often an article writes them (round 31).
KEPT_HONORIFICS: tuple[str, ...] = ("Sheikh", "Sheik", "Chief", "Sardar")
MALAYSIAN_STYLES: tuple[str, ...] = ("Tan Sri", "Datuk Seri", "Datuk", "Dato'", "Dato’", "Tun")
MIN_VARIANT_LENGTH = 4
# "Sheikh" (or "Shaikh", "Sayyid", ...) before a name with a family's "Al-" or a father's
# "bin" is a ruler's or a notable's style ("Sheikh Tamim bin Hamad Al-Thani"), not part of
# the name as it is when the name has none ("Sheikh Hasina", "Sheikh Rashid Ahmed").
_DYNASTY = LINEAGE

# "Gardaí say", "Gardaí have", "Gardaí said that they": a word used as a plural subject.
_PLURAL_VERBS = r"(?:say|have|are|were|do|believe|want|think|add|confirm|urge|warn|ask)"


class Named(Protocol):
    """What these rules need of a person."""

    name: str
    aliases: list[str]


P = TypeVar("P", bound=Named)


def _one_letter_off(a: str, b: str) -> bool:
    return (
        a != b
        and min(len(a), len(b)) >= MIN_VARIANT_LENGTH
        and a[0] == b[0]
        and Levenshtein.distance(a, b) == 1
    )


def variant_of(name: str, other: str) -> bool:
    """Two full names with the same first words whose last words are a letter apart
    ("Rashid Ahmed" and "Rashid Ahmad"), or one long surname written once with a letter
    doubled ("Narayanasamy", "Narayanassamy"): the article's two spellings of one person."""
    words, others = name.split(), other.split()
    if len(words) == len(others) == 1:
        return _doubled_letter(words[0], others[0])
    if len(words) == len(others) == 2 and words[1] == others[1]:
        return short_form_of(words[0], others[0])  # "Joseph Santos", "Joe Santos"
    return (
        len(words) >= 2
        and len(words) == len(others)
        and words[:-1] == others[:-1]
        and _one_letter_off(words[-1], others[-1])
    )


@cache
def _nicknamer() -> NickNamer:
    """The table of short forms, imported and read once, when two names first need it."""
    from nicknames import NickNamer

    return NickNamer()


def short_form_of(first: str, other: str) -> bool:
    """Whether one first name is a usual short form of the other ("Joe" of "Joseph", "Bill"
    of "William"), as the `nicknames` table of English names has them."""
    a, b = first.casefold(), other.casefold()
    if a == b or not (first[:1].isupper() and other[:1].isupper()):
        return False
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a given name in the `nicknames` table ("Kate",
    "Luke"), a surname or a place word not ("Badenoch")."""
    if not word[:1].isupper():
        return False
    namer, folded = _nicknamer(), word.casefold()
    return bool(namer.nicknames_of(folded) or namer.canonicals_of(folded))


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_NO_GIVEN_NAMES = NOT_NAMES | TITLE_WORDS | HONORIFICS | OFFICE_WORDS


def other_given_name(text: str, start: int, name: str) -> bool:
    """Whether the surname at text[start] follows a given name that is not the person's
    ("the sergeant's cousin Donna Ward" beside Chris Ward): the article names a namesake,
    another person; "Joe Santos" of Joseph Santos is the same one."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or (given := before.group(1)) in _NO_GIVEN_NAMES:
        return False  # "In June Obi told", "Governor Obi": a month, a title
    if not is_given_name(given):
        return False
    words = name.replace(".", " ").split()
    return given not in words and not any(short_form_of(given, w) for w in words[:1])


MIN_DOUBLED_LENGTH = 8


def _doubled_letter(a: str, b: str) -> bool:
    """Whether one word is the other with one of its letters written twice."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < MIN_DOUBLED_LENGTH or len(long_) != len(short) + 1:
        return False
    return any(
        long_[i] == long_[i - 1] and long_[:i] + long_[i + 1 :] == short
        for i in range(1, len(long_))
    )


def merge_variant_spellings(
    persons: MutableMapping[str, P], order: Iterable[str]
) -> dict[str, str]:
    """Fold each later spelling into the person first written; return {dropped: kept}.

    A spelling that is a letter off two different known names is left alone (unsure)."""
    keys = list(order)
    merged: dict[str, str] = {}
    for i, key in enumerate(keys):
        if key in merged or key not in persons:
            continue
        name = persons[key].name
        earlier = [k for k in keys[:i] if k not in merged and variant_of(persons[k].name, name)]
        if len(earlier) != 1:
            continue
        kept = persons[earlier[0]]
        for alias in (name, name.split()[-1], *persons[key].aliases):
            if alias not in kept.aliases and alias != kept.name:
                kept.aliases.append(alias)
        merged[key] = earlier[0]
    for key in merged:
        del persons[key]
    return merged


def name_honorific(spellings: Iterable[str], texts: Iterable[str]) -> str | None:
    """The honorific written before every occurrence of the name ("Sheikh Rashid Ahmed"
    each time), or None when any occurrence goes without it or with another one."""
    forms = sorted(set(spellings), key=len, reverse=True)
    if not forms:
        return None
    pattern = re.compile(
        r"(?<![\w’'])(?:(?P<hon>" + "|".join(re.escape(h) for h in KEPT_HONORIFICS) + r") )?"
        r"(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w’'])"
    )
    found: set[str | None] = set()
    for text in texts:
        for match in pattern.finditer(text):
            hon = match.group("hon")
            if hon == "Chief" and _chief_is_office(text, match.start(), match.end()):
                hon = None  # "Police Chief Ann Lee": an office, not a Nigerian chieftaincy
            if hon in GULF_STYLES and _DYNASTY.search(text, match.end("hon"), match.end()):
                hon = None  # "Sheikh Jaber Al-Mubarak Al-Sabah": a royal's style, not his name
            found.add(hon)
    return found.pop() if len(found) == 1 else None


def honoured_words(texts: Iterable[str]) -> set[str]:
    """The first word after each kept honorific in the texts: one pass, so that only the
    names written at least once with an honorific are checked in full."""
    pattern = re.compile(
        r"(?<![\w’'])(?:" + "|".join(re.escape(h) for h in KEPT_HONORIFICS) + r") ([A-Z][\w’'-]*)"
    )
    return {m.group(1) for text in texts for m in pattern.finditer(text)}


# Words a chieftaincy written as part of a name may follow: "said Chief Ada Obi", "the late
# Chief Ada Obi". Any other lowercase word before "Chief" qualifies the post ("fire").
_BEFORE_A_CHIEFTAINCY = FUNCTION_WORDS | {"late"}


def _chief_is_office(text: str, start: int, end: int) -> bool:
    """ "Police Chief Ann Lee", "police Chief Ann Lee", "Varnholt fire Chief Ann Lee", "Chief
    Ann Lee of the fire department": a chief's office. A lowercase word other than a
    function word right before the capitalised "Chief" says which service it heads."""
    before = text[max(0, start - 30) : start].split()
    last = before[-1] if before else ""
    office = last[:1].isupper() or last in ROLE_MODIFIERS
    office = office or (last.isalpha() and last.islower() and last not in _BEFORE_A_CHIEFTAINCY)
    return office or text.startswith(" of ", end)


def is_collective(word: str, texts: Iterable[str], full_names: Iterable[str]) -> bool:
    """A lone capitalised word that no full name ends with and that the article uses as a
    plural subject ("Gardaí say", "Gardaí said that they"): a group, never a person."""
    if any(name.split()[-1] == word for name in full_names if " " in name):
        return False
    name = re.escape(word)
    plural = re.compile(
        rf"(?<![\w’']){name} (?:{_PLURAL_VERBS}\b|\w+ (?:that )?they\b)"
        rf"|\bWhen {name} \w+ [^.,;“”\"]{{0,60}}? they\b"  # "When Gardaí arrived ... they"
    )
    return any(plural.search(text) for text in texts)


# A title ending in a Malaysian style and one more word ("Tan Sri Mohamad"), the style being
# no office ("Chief Inspector" is one).
_STYLE_THEN_WORD = re.compile(
    r"(?<![\w’'])(?:"
    + "|".join(re.escape(h) for h in (*MALAYSIAN_STYLES, *GULF_STYLES))
    + r")\s+([A-Z][\w’'-]+)$"
)


def office_before_style(title: str | None) -> str | None:
    """The office a title gives before its Malaysian style ("Police chief" of "Police chief
    Tan Sri Mohamad"), or None when the title opens with the style."""
    match = _STYLE_THEN_WORD.search(title or "")
    office = title[: match.start()].strip() if title and match else ""
    return office or None


def name_word_in_title(name: str, title: str | None, texts: Iterable[str]) -> str | None:
    """ "Tan Sri Mohamad" read as the title of "Fuzi Harun": the word after a style that
    ends a title is the name's first when the article writes it right before the name
    every time (a style is followed by the name, never by a second title). None otherwise."""
    match = _STYLE_THEN_WORD.search(title or "")
    if match is None:
        return None
    word = match.group(1)
    if word in TITLE_WORDS or word in HONORIFICS or word in OFFICE_WORDS:
        return None  # "Datuk Dr Noor Hisham": a second title
    alone = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'])")
    joined = re.compile(rf"(?<![\w’'-]){re.escape(word)}\s+{re.escape(name)}(?![\w’'])")
    texts = list(texts)
    written = sum(len(alone.findall(t)) for t in texts)
    return word if written and written == sum(len(joined.findall(t)) for t in texts) else None
