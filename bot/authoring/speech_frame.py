"""The grammar of an attribution frame: which name in a sentence speaks, and which does not.

A quote's frame is the words around it that say who spoke (`"...," X said`, `X said: "..."`).
The speaker is the subject of the speech verb; a name the speaker talks about (inside the
quoted words), a name the subject acted on before saying something ("X attacked Y and said")
and a name under a pull quote's colon (`"...": LNP leader X.`) each have their own place in
the frame. These helpers read those places; `quotes.py` and `people.py` use them.
"""

from __future__ import annotations

import re

__all__ = [
    "colon_signature_span",
    "coordinated_subject_span",
    "inside_quoted",
    "passive_agent_start",
    "passive_agent_tail",
    "speech_noun_frame",
]

_MARKS = re.compile(r"[\"“”]")


def inside_quoted(text: str, pos: int, floor: int = 0) -> bool:
    """Whether `pos` lies inside quoted words opened in text[floor:pos]: an odd number of
    double quotation marks stand before it ("The coach said, "Sabina is ...": Sabina is
    what the coach speaks about, never the coach)."""
    return len(_MARKS.findall(text, floor, pos)) % 2 == 1


# "attacked Rahul Gandhi and ": a finite verb, its object (capitalised words), then "and".
_ACTED_ON = re.compile(r"\s+[a-z]{3,}ed\s+(?:[A-Z][\w’'.-]*\s+){1,4}and\s+$")


def coordinated_subject_span(between: str) -> bool:
    """Whether the words from a subject to a speech verb are one more predicate of it: the
    subject did something to someone, "and" then spoke ("Chouhan attacked Rahul Gandhi and
    said"): the speaker is the subject, not the name acted on. `between` runs from the end
    of the subject's name to the speech verb."""
    return _ACTED_ON.fullmatch(between) is not None


# `”: LNP leader David Crisafulli.`: a colon right after the closing mark, then words.
_COLON_SIGNATURE = re.compile(r"[ \t]*:[ \t]+(?=\S)")


def colon_signature_span(text: str, close: int, hi: int) -> int | None:
    """Where the signature of a pull quote starts: after a colon right after the closing
    mark at `close` (`"...": LNP leader David Crisafulli.`), before `hi`; else None. The
    caller checks that only titles stand before the name and nothing after it."""
    match = _COLON_SIGNATURE.match(text, close, hi)
    return match.end() if match else None


# " made a contradictory statement that ": a verb of making, a noun of speech, the quote.
_SPEECH_NOUN = re.compile(
    r"\s+(?:made|makes|gave|gives|issued|issues)\s+(?:a|an|the|his|her)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:statement|remark|comment|claim|declaration|promise|pledge)"
    r"\s*(?:that\s*)?[,:]?\s*$"
)


def speech_noun_frame(text: str, name_end: int, opening: int) -> bool:
    """Whether the words from a name to a quote's opening mark make the name the speaker
    by a noun of speech ("X made a contradictory statement that "...""): the subject of
    "made/gave/issued a statement" speaks the quote that follows it."""
    return _SPEECH_NOUN.fullmatch(text, name_end, opening) is not None


_PASSIVE_BEFORE = re.compile(r"(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
_BY = re.compile(r"\s+by\s+")
# " for ", " as ", " over ": what stands between the agent and the words they used.
_AGENT_TAIL = re.compile(r"\s+(?:for|as|over|of)\s+(?:saying\s+)?$|\s*[,:]\s*$")


def passive_agent_start(text: str, verb_start: int, verb_end: int) -> int | None:
    """Where the agent of a passive verb of speech starts ("has been criticised by
    Opposition Leader X for "..."": X used the words), else None."""
    if not _PASSIVE_BEFORE.search(text, max(0, verb_start - 30), verb_start):
        return None
    by = _BY.match(text, verb_end)
    return by.end() if by else None


def passive_agent_tail(text: str, agent_end: int, opening: int) -> bool:
    """Whether only "for", "as", "over" (or a comma) stand between the agent and the quote."""
    return _AGENT_TAIL.fullmatch(text, agent_end, opening) is not None
