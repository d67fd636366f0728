"""A sentence about a person that ends with a colon and hands over to their words:
"Kolisi shared the coach's view: “...”", "Al-Anazi highlighted the residents' struggles:
“...”", "He refused to blame the referee, although highlighted the game's oddities: “...”".

The verb is no verb of speech, so the quote's speaker is the sentence's subject only when
the colon ends the lead-in and the words after it open as a sentence of their own. A lead-in
that quotes, cites or reads out someone else's words ("Lee quoted a letter from the mayor:"),
puts a question to the subject ("Lee faced questions:") or is passive ("Lee was told:")
hands over to words that are not the subject's.
"""

from __future__ import annotations

import re

__all__ = ["colon_lead"]

_OTHERS_WORDS = re.compile(
    r"\b(?:quot\w*|cit(?:e|es|ed|ing)|read|reads|reading|question\w*|asked|told|was|were|"
    r"been|being|is|are|letter|document|sign|banner|caption|headline\w*|verdict|ruling)\b",
    re.IGNORECASE,
)


def colon_lead(text: str, lo: int, opening: int) -> bool:
    """Whether `text[lo:opening]`, the lead-in before the quotation mark at `opening`, ends
    with a colon that hands over to its subject's own words."""
    lead = text[lo:opening].rstrip()
    if not lead.endswith(":") or _OTHERS_WORDS.search(lead):
        return False
    words = text[opening + 1 : opening + 3].lstrip()
    return bool(words) and words[0].isupper()
