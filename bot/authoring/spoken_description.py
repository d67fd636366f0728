"""A description that speaks, then the name that speaks on (round 56).

News copy often lets an official speak first by description and names them only at their
next words: "..., the Health Minister warned." / "“...,” Ada Obi told the radio."; "The
Premier says, “...” Ola Brandt added, “...”". The role is in one sentence, the name in
another, and the drafter left the person's role unknown. The description is the person
named next when: it is "the" and up to three words ending in a role noun, the subject of a
speech verb ("the minister said", "said the minister") outside quoted words; nobody is named
in its paragraph before it; the next person named after it, in its paragraph or the next, is
named as the speaker of quoted words ("“...,” NAME told", "NAME added, “...") with no
other speech verb and nobody else named
between; that person's role is unknown; and nobody else in the article holds the role noun.
A description after the name ("Obi said ... The prosecutor said") is left: an unnamed
official speaking after a named person is often someone else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.authoring.lexicon import ROLE_NOUNS
from bot.authoring.roles import speech_verb_pattern
from bot.authoring.speech_frame import inside_quoted

__all__ = ["spoken_descriptions"]

_VERB = speech_verb_pattern().pattern
_ROLE = r"(?P<role>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)"
_ROLE_AFTER = _ROLE.replace("<role>", "<role2>")
_START = r"(?:^|(?<=[.!?,:;]\s)|(?<=[”\"]\s))"
_DESCRIPTION = re.compile(
    rf"{_START}[Tt]he\s+{_ROLE}\s+(?:{_VERB})\b|(?<![\w’'])(?:said|says)\s+the\s+{_ROLE_AFTER}(?=[.,;])"
)
_ANY_VERB = re.compile(rf"(?<![\w’'])(?:{_VERB})(?![\w’'])")
_SPEAKS_AFTER = re.compile(rf"^,?\s*(?:[a-z]+ly\s+)?(?:{_VERB})(?![\w’'])")
_GOES_ON = re.compile(r"(?:added|adds|continued|continues|went on)$")
_QUOTE_CLOSED = re.compile(r"[,!?.…]?[”\"],?\s*$")  # "“...,” Ada Obi said"
_QUOTE_OPENS = re.compile(r"[^.!?”\"]{0,40}?[“\"]")  # "Ada Obi added, “..."
_SPEAKS_BEFORE = re.compile(rf"(?:{_VERB}),?\s+$")


def _role_words(role: str) -> list[str] | None:
    words = role.split()
    if words[-1].casefold() not in ROLE_NOUNS:
        return None
    return words


def spoken_descriptions(
    texts: Sequence[str], forms: Mapping[str, str], unknown: set[str], held: set[str]
) -> dict[str, str]:
    """{person key: role} for each description that speaks before a named speaker whose
    role is unknown. `forms` maps each written form of a name to its one person, `held` are
    the role nouns (casefolded) other people in the article hold."""
    if not forms:
        return {}
    names = re.compile(
        r"(?<![\w’'])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w’'])"
    )
    found: dict[str, str] = {}
    refused: set[str] = set()
    for i, text in enumerate(texts):
        for match in _DESCRIPTION.finditer(text):
            role = _role_words(match.group("role") or match.group("role2"))
            if role is None or role[-1].casefold() in held:
                continue
            if inside_quoted(text, match.start()):
                continue
            if any(
                not inside_quoted(text, m.start()) for m in names.finditer(text, 0, match.start())
            ):
                continue  # "Obi was charged, the prosecutor said": Obi is talked about
            key = _next_speaker(
                texts, i, match.end(), names, forms, first=not _named_before(texts, i, names)
            )
            if key is None or key not in unknown:
                continue
            phrase = " ".join(role)
            if found.get(key, phrase) != phrase or key in refused:
                refused.add(key)
                found.pop(key, None)
                continue
            found[key] = phrase
    nouns: dict[str, set[str]] = {}
    for key, phrase in found.items():
        nouns.setdefault(phrase.split()[-1].casefold(), set()).add(key)
    return {k: p for k, p in found.items() if len(nouns[p.split()[-1].casefold()]) == 1}


def _named_before(texts: Sequence[str], i: int, names: re.Pattern[str]) -> bool:
    return any(names.search(text) for text in texts[:i])


def _next_speaker(
    texts: Sequence[str],
    i: int,
    end: int,
    names: re.Pattern[str],
    forms: Mapping[str, str],
    first: bool,
) -> str | None:
    """The person named next after `end` in paragraph `i` or the next, as a speaker, with
    no other speech verb outside quoted words before the name; else None. Unless the
    description comes before anyone is named (`first`), the name must go on speaking
    ("NAME added"): a named person answering an official is someone else."""
    for n, start in ((i, end), (i + 1, 0)):
        if n >= len(texts):
            return None
        text = texts[n]
        for hit in names.finditer(text, start):
            if inside_quoted(text, hit.start()):
                continue
            before = text[start : hit.start()]
            verbs = [
                m
                for m in _ANY_VERB.finditer(text, start, hit.start())
                if not inside_quoted(text, m.start())
            ]
            spoken_before = _SPEAKS_BEFORE.search(before) is not None
            if len(verbs) > (1 if spoken_before else 0):
                return None  # someone else speaks between the description and the name
            after = _SPEAKS_AFTER.match(text[hit.end() :])
            if not first and (after is None or _GOES_ON.search(after.group()) is None):
                return None
            quoted = _QUOTE_CLOSED.search(before) or (
                after is not None and _QUOTE_OPENS.match(text, hit.end() + after.end())
            )
            if (spoken_before or after) and quoted:
                return forms[hit.group()]
            return None
        if any(not inside_quoted(text, m.start()) for m in _ANY_VERB.finditer(text, start)):
            return None
    return None
