"""A he/she opening on the subject of the paragraph before (round 56).

News copy names a person as the subject of a paragraph's sentence and gives their words in the
next paragraph with only a he/she: "Jo Lee, a nurse at the clinic, who met the minister's
aide in May, left the service." / "“It was too much,” she said." The rules that carry a
likely he/she from paragraph to paragraph (`quotes._Salience`) lose that person when the
sentence naming them is long (an aside in commas, a who-clause naming someone else's visit,
a clause fronted before the name). This rule reads the paragraph before directly: the
he/she means the one person it names as a clause's subject (first in its sentence, perhaps
after a title or a fronted clause, or followed by a verb), when nobody else there is a
subject (another known person, a full name the draft does not know, a he/she of the other
sex) and the he/she's own paragraph names nobody before it. Someone named there only as an
owner ("the minister's aide") or an object ("met Ada Obi") is a weaker antecedent and does
not stand in the way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.named_antecedent import names_nobody, verb_follows
from bot.authoring.people import Mention, full_name_starts
from bot.authoring.roles import speech_verb_pattern
from bot.authoring.speech_frame import speaks_through
from bot.authoring.text import sentence_spans

__all__ = ["previous_subject"]

_HE_SHE = frozenset({"he", "she"})
# What may open a sentence before its subject: a fronted clause ("Adding his voice to the
# bench's concerns, ", "In a statement on Monday, ") and a title or two ("Principal ",
# "Cllr Dr ").
_OPENING = re.compile(
    r"(?:(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|Asked|Later|However|Meanwhile|But|And)"
    r"\b[^,.;:!?“”\"]{0,120},\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}"
)

_SPEECH = speech_verb_pattern()
# The other sex's object and owner words: a paragraph that calls its person "him" is no
# antecedent for a "she" (the honorific test `other_gender` needs a "Mr").
_HIS = re.compile(r"(?<![\w’'])(?:[Hh]is|[Hh]im|[Hh]imself)(?![\w’'])")
_HERS = re.compile(r"(?<![\w’'])(?:[Hh]er|[Hh]ers|[Hh]erself)(?![\w’'])")
_WORDS = re.compile(r"[a-z]+")
# "Efe Ume, a teacher, has been suspended by the board": the subject of a passive with an
# agent is what was done to, not who speaks next.
_PASSIVE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\b"
)
_NAME_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")


def _within(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _sentence(text: str, start: int) -> tuple[int, int]:
    return max(((lo, hi) for lo, hi in sentence_spans(text) if lo <= start), default=(0, len(text)))


def _is_subject(text: str, start: int, end: int, subject: bool) -> bool:
    """A name as its clause's subject: first in its sentence but an opening clause and
    titles ("Adding his voice, Mr Jo Lee, 45, ... left"), or followed by a verb; not an
    owner ("Lee's remarks"), not a name standing alone (a caption: "Jo Lee."), not the
    subject of what someone else says ("The official said Jo Lee should ...")."""
    if text.startswith(("’s", "'s"), end):
        return False
    lo, hi = _sentence(text, start)
    if _WORDS.search(text, end, hi) is None:
        return False  # "Jo Lee.": a name with nothing said of them (a caption)
    if _SPEECH.search(text, lo, start):
        return False  # "The official said Jo Lee should": spoken of
    if _PASSIVE.search(text, end, hi):
        return False  # "Jo Lee has been suspended by the board": acted on
    opens = _OPENING.fullmatch(text, lo, start) is not None
    return subject or opens or verb_follows(text, end)


def previous_subject(
    previous: str,
    previous_mentions: Sequence[Mention],
    previous_quoted: Sequence[tuple[int, int]],
    text: str,
    pos: int,
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    pronoun: str,
) -> str | None:
    """The key of the one person the paragraph `previous` names as a clause's subject
    outside quoted words, for the he/she at `pos` of the next paragraph `text`, when `text`
    names nobody before it and nobody else in `previous` is a subject; else None."""
    if pronoun not in _HE_SHE:
        return None  # "they": a body or a group as often as a person
    if not names_nobody(text, pos, mentions, quoted, pronoun):
        return None
    outside = [m for m in previous_mentions if not _within(m.start, previous_quoted)]
    if any(m.key is not None and speaks_through(previous, m.start) for m in outside):
        return None  # "Obi told the court through his lawyer Ume": either may speak next
    if any(m.key is None and m.pronoun is None for m in outside):
        return None  # a name the draft could not tell apart (two namesakes)
    if any(m.pronoun in _HE_SHE and m.pronoun != pronoun for m in outside):
        return None  # "Obi met Lee and she said": the he is someone else
    other = _HIS if pronoun == "she" else _HERS
    if any(not _within(w.start(), previous_quoted) for w in other.finditer(previous)):
        return None  # "Cllr Lee asked why officers referred him ..." / "She responded": not his
    subjects = {
        m.key
        for m in outside
        if m.key is not None and _is_subject(previous, m.start, m.end, m.subject)
    }
    if len(subjects) != 1:
        return None  # nobody, or two people as subjects: either may be the he/she
    spans = [(m.start, m.end) for m in outside if m.key is not None]
    for start in full_name_starts(previous):
        if _within(start, previous_quoted) or _within(start, spans):
            continue
        name = _NAME_RUN.match(previous, start)
        if name is None:
            continue
        if any(start < a < name.end() for a, _ in spans):
            return None  # "cousin Greta Lindqvist" read as Sgt Omar Lindqvist: a namesake
        if _is_subject(previous, start, name.end(), False):
            return None  # "Bryan Bush, 52, said": someone the draft does not know
    return subjects.pop()
