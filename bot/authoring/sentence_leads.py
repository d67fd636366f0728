"""A capitalised common word that opens a sentence before a name is not the name's.

English capitalises a sentence's first word, so a role or a verb there reads like a name's
first word: "Starter John Maine, who was removed ...", "Coach Ada Obi ...", "Said Warthen:
...". A reader takes the word for a part of the name only when nothing else explains its
capital: here the sentence start does, when the word is a verb of speech, or when it is a
role-like word, no given name, before a word that is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS
from bot.authoring.namesakes import is_given_name

__all__ = [
    "common_plural",
    "opens_a_sentence",
    "sentence_lead",
    "without_common_lead",
    "without_sentence_lead",
]

_SENTENCE_END = re.compile(r"(?:^|[.!?][”\"’')\]]*\s+)[“\"‘(]*$")
_SPEECH_WORDS = frozenset(v for v in SPEECH_VERBS if " " not in v)


# A short capitalised word before a full stop: a title's abbreviation ("Usec.", "Gen.").
_ABBREVIATION = re.compile(r"(?<![\w’'.-])[A-Z][a-z]{0,3}\.\s+$")


def opens_a_sentence(text: str, start: int) -> bool:
    """Whether text[start] is a sentence's first word (a paragraph's, or after . ! ? but not
    after an abbreviation such as "Usec. Filemon Ray Javier")."""
    if _ABBREVIATION.search(text, max(0, start - 8), start):
        return False
    return _SENTENCE_END.search(text, max(0, start - 8), start) is not None


def sentence_lead(name_words: Sequence[str]) -> bool:
    """Whether the first of these words, if it opens a sentence, is a common word before a
    name: a verb of speech ("Said Warthen"), or a word that is no given name before one
    that is, with a surname after ("Starter John Maine", not "Ada Obi" or "Mabuza")."""
    if len(name_words) < 2 or not name_words[0].isalpha():
        return False
    first = name_words[0]
    if first.casefold() in _SPEECH_WORDS:
        return True
    return (
        len(name_words) >= 3
        and _role_like(first)
        and not is_given_name(first)
        and is_given_name(name_words[1])
    )


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _role_like(word: str) -> bool:
    """A role noun ("Coach", "Veteran") or a word ending like a noun of a doer ("Starter",
    "Pitcher"); not a surname written first ("Le Van Binh", "Nguyen Van An")."""
    folded = word.casefold()
    return folded in ROLE_NOUNS or folded in ROLE_MODIFIERS or folded.endswith(_AGENT_ENDINGS)


def without_sentence_lead(name: str, texts: Sequence[str]) -> str:
    """The name without its first word when every place the article writes it opens a
    sentence and that word is a common one there ("Starter John Maine" -> "John Maine")."""
    name_words = name.split()
    if not sentence_lead(name_words):
        return name
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    starts = [(text, m.start()) for text in texts for m in pattern.finditer(text)]
    if not starts or not all(opens_a_sentence(text, at) for text, at in starts):
        return name
    return " ".join(name_words[1:])


def without_common_lead(name: str, lowercase: frozenset[str]) -> str:
    """The name without its first word when the article writes that word (or its plural)
    in lowercase elsewhere, it is no given name and a given name follows it with a surname
    after: a common noun capitalised as a title ("Trustee Julia Hover-Smoot" in an article
    about "the trustees" -> "Julia Hover-Smoot")."""
    name_words = name.split()
    if len(name_words) < 3 or not name_words[0].isalpha():
        return name
    first = name_words[0]
    common = first.casefold() in lowercase or common_plural(first, lowercase)
    if common and not is_given_name(first) and is_given_name(name_words[1]):
        return " ".join(name_words[1:])
    return name


def common_plural(word: str, lowercase: frozenset[str]) -> bool:
    """Whether the article writes the word's plural in lowercase ("the trustees") and the
    word is no given name: a common noun, capitalised before a name only as a title."""
    return f"{word.casefold()}s" in lowercase and not is_given_name(word)
