"""A sentence's opening adverb is no given name: "Unfortunately Pakistan played very well",
"Suddenly Samayat gets a clear shot" (round 54).

Reading of English news grammar: an adverb that opens a sentence is capitalised only by its
place, and a name often follows it with no comma, so the name reader took the adverb as a
given name and drafted "Unfortunately Pakistan" or "Suddenly Samayat" as a person. Adverbs
made from adjectives show their ending ("-ally", "-ately", "-ently", "-ously", "-ingly",
"-edly", "-ively", "-fully", "-denly", "-arly", ...), which no given name or surname of the
labeled sets has (names ending in "ly" end otherwise: "Beverly", "Connolly", "Vitaly",
"Kelly"), and a stem of two letters or more comes before the ending ("Sally" is a name).
"""

from __future__ import annotations

import re

__all__ = ["adverb_opener"]

_ADVERB = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ately|ently|antly|ously|ingly|edly|ively|fully|lessly|ably|ibly"
    r"|denly|arly|ctly|ntly)"
)


def adverb_opener(word: str) -> bool:
    """Whether the capitalised `word` is an adverb by its ending ("Unfortunately")."""
    return _ADVERB.fullmatch(word) is not None
