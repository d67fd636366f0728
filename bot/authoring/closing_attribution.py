"""An attribution that ends the quote's sentence after a name, an aside and circumstances.

`As of Monday night, “almost 20,000 people” had left, Ada Obi, deputy head of the relief
office, said during a news conference.` and `The mayor had quit the board, “where he was doing
very well”, Tom Reid told a local radio station.`: the sentence carries a quote (often a
few words inside reported speech) and ends with ", NAME said ..." whose verb is followed by
where, when or to whom it was said. The drafter reads a final attribution only when at most
two words follow the verb and the name comes right after the sentence's last comma, so an
aside set off by commas between the name and the verb, or a longer "during a news
conference", left such quotes open.

`closing_attribution` finds the span of such an attribution: a comma, one to four capitalised
words (the caller checks they are a known person), at most one aside between commas, a
speech verb, then circumstances only: a phrase opened by a preposition ("during a news
conference", "in a statement on Monday") or, after "told", whom it was told to ("told a local
radio station"), up to the sentence's end or a participle that goes on ("..., adding that").
Anything else after the verb ("said that ...", "said Bello had ...") is a clause of its own,
and the quote is left as before.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words
from bot.authoring.roles import speech_verb_pattern

__all__ = ["closing_attribution"]

_VERB = speech_verb_pattern()
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
_ASIDE = r"(?:,[^,“”\"‘’;:]{3,90},)?"
_ATTRIBUTION = re.compile(
    rf",\s+(?P<who>{_NAME}{_ASIDE})\s+(?:\w+ly\s+)?(?P<verb>{_VERB.pattern})(?P<tail>[^“”\"]*)$"
)
_PREPOSITIONS = words(
    """on in at during after before while to from via over following ahead when through
    under inside outside near"""
)
_AUDIENCES = words("reporters journalists media")
_GOES_ON = re.compile(r",\s+(?:adding|noting|saying|explaining|stressing|insisting)\b")
_CLAUSE = words("that who which whether if because as he she they it we")


def closing_attribution(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span (from the comma's next character to the verb's end) of an attribution ending
    the sentence `text[lo:hi]` as described above, or None."""
    for comma in _commas(text, lo, hi):
        match = _ATTRIBUTION.match(text, comma, hi)
        if match is None or not _circumstances(match.group("verb"), match.group("tail")):
            continue
        return comma + 1, match.end("verb")
    return None


def _commas(text: str, lo: int, hi: int) -> list[int]:
    return [i for i in range(lo, hi) if text[i] == ","]


def _circumstances(verb: str, tail: str) -> bool:
    """Whether the words after the verb only say where, when or to whom it was said."""
    goes_on = _GOES_ON.search(tail)
    words = (tail[: goes_on.start()] if goes_on else tail).strip().rstrip(".!?").split()
    if not words or len(words) > 9:
        return False
    if any(w.casefold().strip(",") in _CLAUSE for w in words):
        return False
    if any(c in " ".join(words) for c in ",;:"):
        return False
    first = words[0].casefold()
    if first == "to":  # "said to reporters", not "responded to his criticism" (its object)
        return len(words) > 1 and (words[1][:1].isupper() or words[1] in _AUDIENCES)
    return first in _PREPOSITIONS or (verb.split()[0] in ("told", "tells") and len(words) <= 4)
