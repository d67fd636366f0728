"""A right answer typed with a detail the briefing itself gives beside it: "a midwife from St
Florence Clinic", "Mubende, central Uganda", "SOSMA 2012", where one sentence of the briefing
says the answer and every added word. A fair teacher accepts what only repeats the article;
for `quiz.judge`.

Never where the added words could make a second answer or another claim: a word that joins or
denies ("and", "or", "not"), a word of another person's name, or a number the sentence does not
say. After an answer that is a number ("33 in the green belt", "27 families lost their homes")
only words that hold no number and count nothing of their own, the answer first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from bot.core import place_names
from bot.core.answer_text import clean, read_tokens
from bot.core.demonyms import PEOPLES

__all__ = ["detail_beside_answer"]

# Words that link a detail to the answer, read past ("in", "from the").
_LINKS = frozenset(
    {"the", "a", "an", "in", "at", "of", "from", "on", "for", "with", "to", "by", "s", "its"}
)
# Words that make two answers or deny one: never part of a detail.
_JOINS = frozenset(
    {"and", "or", "not", "no", "nor", "but", "both", "either", "neither", "vs", "versus", "then"}
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")
# Marks that list answers ("russia/ukraine"); a comma may set a detail apart, so it is not one.
_SEVERAL = re.compile(r"[/&+|]")


def detail_beside_answer(
    given: str, answers: Sequence[str], texts: Iterable[str], other_names: Sequence[str]
) -> bool:
    """Whether `given` is a right answer, word for word, with words added that one sentence of
    the briefing's `texts` says together with it; `other_names` are the names of the other
    people the briefing lists, none of whose words may be added."""
    folded = clean(given)
    shapes = [said for said in map(_answer_words, answers) if said and said[-1] in folded]
    if not shapes:
        return False  # the common case, without reading the guess
    typed = read_tokens(given)
    for said in shapes:
        if len(typed) <= len(said):
            continue
        if any(_a_number(word) for word in said) and not _detail_of_the_number(typed, said):
            continue  # "33 bridges", "33 more": a count of its own, never a detail
        added = _added_words(typed, said)
        if added is None or not added:
            continue
        if not _JOINS.isdisjoint(added) or _names_another(added, said, other_names):
            continue
        if _SEVERAL.search(given) or _names_a_country(added):
            continue  # "russia/ukraine"; "abu dhabi brazil", "indian punjab": the matcher's
        for sentence in _sentences(tuple(texts)):
            if set(said) | added <= sentence.words and _names_beside(said, added, sentence):
                return True
    return False


def _names_beside(said: Sequence[str], added: set[str], sentence: _Sentence) -> bool:
    """Whether every added name (a word the sentence capitalises) stands in one clause with the
    answer, no other name between them: "Madudu sub-county in Mubende district", never "Dunmore
    in the Carrow district, then Lisk" for Dunmore and Lisk, nor "Floods reached Dunmore in the
    Carrow district" for floods in Carrow."""
    names = added & sentence.names
    if not names:
        return True
    others = sentence.names - names - set(said)
    for clause in sentence.clauses:
        at = _run_at(clause, said)
        if at is None:
            continue
        ok = True
        for name in names:
            spots = [i for i, word in enumerate(clause) if word == name]
            if not any(_nothing_named_between(clause, at, len(said), i, others) for i in spots):
                ok = False
        if ok:
            return True
    return False


def _run_at(words: Sequence[str], said: Sequence[str]) -> int | None:
    size = len(said)
    return next(
        (i for i in range(len(words) - size + 1) if tuple(words[i : i + size]) == tuple(said)),
        None,
    )


def _nothing_named_between(
    clause: Sequence[str], at: int, size: int, spot: int, others: frozenset[str]
) -> bool:
    low, high = (at + size, spot) if spot >= at + size else (spot + 1, at)
    return all(word not in others for word in clause[low:high])


_NUMBER_TEXT = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen"
)
_NUMBER_WORDS = frozenset(_NUMBER_TEXT.split())


def _a_number(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


# Words after a number that count or scale it anew ("17 more", "4 times", "5 per cent").
_RECOUNTS = frozenset(
    {"more", "less", "fewer", "than", "over", "under", "times", "each", "per", "percent", "pc"}
    | {"cent", "half", "quarter", "extra", "plus", "minus", "least", "most", "about", "around"}
    | {"nearly", "almost", "roughly", "only", "k", "m", "bn", "mn", "grand", "lakh", "crore"}
    | {"hundreds", "thousands", "millions", "billions", "dozens", "trillion", "billion"}
)


def _detail_of_the_number(typed: list[str], said: tuple[str, ...]) -> bool:
    """Whether the words typed after an answer holding a number only say where or when it
    stood ("33 in the green belt", "27 families lost their homes"): the answer comes first, a
    bare number is followed by a linking word (never a noun: "33 bridges" counts another thing),
    and no added word is a number or counts it anew ("33, only 3 done", "17 more")."""
    size = len(said)
    if tuple(typed[:size]) != said:
        return False
    rest = typed[size:]
    if _a_number(said[-1]) and rest[0] not in _LINKS:
        return False
    return not any(_a_number(word) or word in _RECOUNTS for word in rest)


def _added_words(typed: list[str], said: tuple[str, ...]) -> set[str] | None:
    """The words typed around the answer's words (which must stand together, in order), less
    the words that only link; None when the answer's words are not there."""
    size = len(said)
    for start in range(len(typed) - size + 1):
        if tuple(typed[start : start + size]) == said:
            rest = typed[:start] + typed[start + size :]
            return {word for word in rest if word not in _LINKS}
    return None


@functools.cache
def _countries() -> tuple[tuple[str, ...], ...]:
    """Every country's English name and its peoples' names, as words ("south", "korea")."""
    names = [name for code, name in place_names.english_names().items() if code.isalpha()]
    names += [people for peoples in PEOPLES.values() for people in peoples]
    return tuple(words for name in names if (words := tuple(read_tokens(name))))


@functools.cache
def _countries_by_first_word() -> dict[str, tuple[frozenset[str], ...]]:
    """The words of every name of `_countries`, found by the name's first word."""
    index: dict[str, list[frozenset[str]]] = {}
    for words in _countries():
        index.setdefault(words[0], []).append(frozenset(words))
    return {word: tuple(names) for word, names in index.items()}


def _names_a_country(added: set[str]) -> bool:
    """Whether the added words name a country or its people: whether the place is in it is
    the country rules' to say, not a sentence's."""
    index = _countries_by_first_word()
    return any(names <= added for word in added for names in index.get(word, ()))


@functools.lru_cache(maxsize=1024)
def _answer_words(answer: str) -> tuple[str, ...]:
    return tuple(read_tokens(answer))


def _names_another(added: set[str], said: Sequence[str], other_names: Sequence[str]) -> bool:
    others = _names_words(tuple(other_names)) - set(said)
    return not others.isdisjoint(added)


@functools.lru_cache(maxsize=256)
def _names_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for name in names for word in read_tokens(name))


class _Sentence(NamedTuple):
    words: frozenset[str]  # every word of it
    names: frozenset[str]  # the words it capitalises past its first
    clauses: tuple[tuple[str, ...], ...]  # its words between commas, brackets and "and"s


# What ends a clause: punctuation, and the words that list or go on to the next thing.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\b(?:and|or|then|but)\b", re.IGNORECASE)
_RAW_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A comma that sets a one-word larger place after a name ("Mankayan, Benguet, police said"):
# the two stand in one clause. Never before a name of more words ("Dayao, Felimon Adcapan").
_PLACE_AFTER_COMMA = re.compile(r"(?<=[A-Z][a-z])(\w*),\s+(?=[A-Z][\w'’-]*\s*(?:[,.;:)]|$))")


@functools.lru_cache(maxsize=256)
def _sentences(texts: tuple[str, ...]) -> tuple[_Sentence, ...]:
    """Each sentence of the texts: its words, the names it capitalises and its clauses."""
    sentences = []
    for text in texts:
        for sentence in _SENTENCE_BREAK.split(text):
            if not sentence.strip():
                continue
            raw = _RAW_WORDS.findall(sentence)
            names = {w for word in raw[1:] if word[:1].isupper() for w in read_tokens(word)}
            joined = _PLACE_AFTER_COMMA.sub(r"\1 ", sentence)
            clauses = tuple(
                tuple(read_tokens(part)) for part in _CLAUSE_BREAK.split(joined) if part
            )
            sentences.append(_Sentence(frozenset(read_tokens(sentence)), frozenset(names), clauses))
    return tuple(sentences)
