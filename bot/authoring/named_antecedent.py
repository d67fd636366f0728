"""A he/she after the paragraph's one named person, named as a clause's subject (round 54).

News copy names someone as the subject of a clause and goes on with a he/she in the same
paragraph: "Headmaster Ada Obi remained for 11 years. “...,” she says."; "principal Roel
Vos told the radio: “...” “...,” he added." When the rules that follow a he/she through
the article (`quotes._Salience`) cannot settle it, the paragraph itself often does: the he/she
means the one person it names before it, outside quoted words, when that name is followed by
a verb (its clause's subject, perhaps after an aside in commas), not written as an object
("up to Obi if he", "a letter to Obi, to ask") nor only as an owner ("Obi's remarks"). It
stays nobody's when the paragraph names anyone else before the he/she (a second known person,
a full name the draft does not know), when a he/she comes before the name (the paragraph
opened about someone earlier), or when the article calls the person "Mr" for a "she" or
"Ms"/"Mrs" for a "he".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words
from bot.authoring.people import Mention, full_name_starts
from bot.authoring.roles import speech_verb_pattern

__all__ = ["named_antecedent", "names_nobody", "only_them", "other_gender", "verb_follows"]

_HE_SHE = frozenset({"he", "she"})
_MAN = r"(?:Mr|Mister|Sir|Lord)"
_WOMAN = r"(?:Ms|Mrs|Miss|Madam|Madame|Dame|Lady)"

# After the name: an aside in commas or brackets ("Jo Lee, 47, of Hull,", "Ada Obi (D66)").
_ASIDE = re.compile(r"(?:,\s[^,.;:!?“”\"]{1,80},|\s*\([^()]{1,60}\)),?")
# Then adverbs and auxiliaries ("also", "himself had"), then a verb.
_FILLERS = re.compile(
    r"(?:\s+(?:also|then|later|now|still|himself|herself|too|further|again|[a-z]+ly))*"
)
_IRREGULAR = words(
    "said told took got went made gave came saw met spoke wrote led ran began became felt "
    "knew thought left sat stood won lost kept held brought put set paid sent spent heard "
    "found has had have is was will would can could may might must shall should did does "
    "say tell take get go make give come see meet speak write lead run begin become feel "
    "know think leave sit stand win lose keep hold bring pay send spend hear find"
)
_NOT_VERBS = words(
    "as his hers its this thus us plus always perhaps across towards unless whereas less "
    "yes news whereas besides sometimes"
)
_WORD = re.compile(r"\s+([a-z]+)\b")
# "Later, Barcena also said": one capitalised word opening a clause and speaking, a person
# the draft does not know (not "The Minister added", a description).
_UNKNOWN_SPEAKER = re.compile(
    r"(?:^|[.!?,;:]\s+|\band\s+)"
    r"(?!(?:He|She|They|It|We|I|You|The|This|That|There|But|And|Police|Officials)\b)"
    rf"[A-Z][\w’'-]+\s+(?:also\s+|[a-z]+ly\s+)?(?:{speech_verb_pattern().pattern})"
)
# "granted the interview to Eleni Moss": a full name after a preposition, which
# `full_name_starts` leaves out (it reads them as organisations).
_NAME_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|with|by|from|for|against)\s+(?:[A-Z][a-z]+\.?\s+)?([A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)"
)


def verb_follows(text: str, end: int) -> bool:
    """Whether a verb follows the name ending at `end`: "Obi remained", "Obi, 47, told",
    "Obi (D66) also said"; not "Obi if", "Obi in tears", "Obi, to ask"."""
    aside = _ASIDE.match(text, end)
    at = aside.end() if aside else end
    at = _FILLERS.match(text, at).end()  # type: ignore[union-attr]
    word = _WORD.match(text, at)
    if word is None:
        return False
    w = word.group(1)
    if w in _NOT_VERBS:
        return False
    return w in _IRREGULAR or w.endswith(("ed", "es")) or (w.endswith("s") and len(w) > 3)


def other_gender(article: str, name: str, pronoun: str) -> bool:
    """Whether the article writes `name` with an honorific of the other sex than `pronoun`
    ("Mr Obi" for a "she"), and never with one of its own."""
    surname = re.escape(name.split()[-1])
    pattern = r"\b{}\.?\s+(?:[A-Z][\w’'-]*\s+){{0,3}}" + surname + r"\b"
    man = re.search(pattern.format(_MAN), article) is not None
    woman = re.search(pattern.format(_WOMAN), article) is not None
    return (man and not woman) if pronoun == "she" else (woman and not man)


def named_antecedent(
    text: str,
    pos: int,
    pronoun: str,
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    names: dict[str, str],
    article: str,
) -> str | None:
    """The key of the one person `text` names before the he/she at `pos` as the subject of
    a clause, when nothing else in the paragraph could be the he/she; else None.

    `mentions` are the paragraph's mentions outside quoted words (`quoted`), `names` each
    person's full name by key, `article` the whole text (for "Mr"/"Ms")."""
    if pronoun not in _HE_SHE:
        return None  # "they": a body or a group as often as a person
    before = [m for m in mentions if m.start < pos]
    known = [m for m in before if m.key is not None]
    if len({m.key for m in known}) != 1:
        return None
    first = known[0].start
    if any(m.key is None and m.pronoun in _HE_SHE and m.start < first for m in before):
        return None  # "He added that Samuel took ...; for he said": the first he's
    if any(m.pronoun in _HE_SHE and m.pronoun != pronoun for m in before):
        return None  # "Ada Obi said she ... “...,” he said": the he is someone else
    if any(m.key is None and m.pronoun is None for m in before):
        return None  # a name the draft could not tell apart (two namesakes)
    spans = [(m.start, m.end) for m in known]
    for start in full_name_starts(text[:pos]):
        inside_quote = any(a <= start < b for a, b in quoted)
        if not inside_quote and not any(a <= start < b for a, b in spans):
            return None  # "like Delany Cook, ... She says": someone the draft does not know
    key = known[0].key
    assert key is not None
    if not any(
        verb_follows(text, m.end) and not text.startswith(("’s", "'s"), m.end) for m in known
    ):
        return None  # only an object or an owner: "up to Obi if he", "Obi's remarks"
    if other_gender(article, names.get(key, key), pronoun):
        return None
    return key


def names_nobody(
    text: str, hi: int, mentions: Sequence[Mention], quoted: Sequence[tuple[int, int]], pronoun: str
) -> bool:
    """Whether `text` before `hi` names no person outside quoted words: no one the draft
    knows, no full name it does not, no one-word name speaking ("Later, Barcena said"), no
    he/she other than `pronoun` ("She ..." between two he's is someone else)."""
    for m in mentions:
        if m.start >= hi or _within(m.start, quoted):
            continue
        if m.key is not None or m.pronoun is None:
            return False  # someone named, known or not told apart
        if m.pronoun in _HE_SHE and m.pronoun != pronoun:
            return False
    if any(not _within(u.start(), quoted) for u in _UNKNOWN_SPEAKER.finditer(text, 0, hi)):
        return False
    return not any(not _within(start, quoted) for start in full_name_starts(text[:hi]))


def only_them(
    text: str,
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    key: str,
    pronoun: str,
) -> bool:
    """Whether `text` names nobody but the person `key` outside quoted words: no other
    known person, no full name the draft does not know, no he/she other than `pronoun`
    ("Dr Ali ... where he was treated" for a later "she")."""
    for m in mentions:
        if _within(m.start, quoted):
            continue
        if m.key not in (None, key) or (m.pronoun in _HE_SHE and m.pronoun != pronoun):
            return False
    theirs = [(m.start, m.end) for m in mentions if m.key == key]
    starts = full_name_starts(text) + [n.start(1) for n in _NAME_AFTER_PREPOSITION.finditer(text)]
    return not any(not _within(start, [*quoted, *theirs]) for start in starts)


def _within(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)
