"""A participle right after a quote's closing mark: the sentence goes on, no speaker named.

`Ada Obi denied the report. “It is full of lies,” calling Tom Reid a liar.` and `Obi told
the radio that “...,” describing the article as “absurd”.`: an -ing verb right after the
mark carries on the clause of whoever spoke before the quote. It never introduces the
speaker the way "said Tom Reid" does, so the name after it is the one called, described
or thanked, and "describing the article" is no inverted "said the article". Such a tail
decides nothing; the quote is left to its sentence's subject, or to nobody (also in
`“...,” calling Tom Reid a liar, Ada Obi said.`, which the tail reader cannot follow past
the participle's object). Another -ing word before a speech verb may describe the
speaker (`“...,” acting chief Tom Reid said.`), and a preposition in -ing ("during",
"according", "following") is no participle.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

__all__ = ["participle_tail"]

_PARTICIPLE = re.compile(r"(?:[a-z]+ly\s+)?(?P<word>[a-z]{3,}ing)\b")
_NOT_PARTICIPLES = words(
    """during according following including regarding concerning excluding pending
    barring considering notwithstanding morning evening something nothing anything
    everything"""
)


def participle_tail(window: str, verb: re.Pattern[str]) -> bool:
    """Whether `window`, the text after a closing mark and its comma, opens with a
    participle (perhaps after an adverb in -ly): a speech verb's ("calling", "describing",
    "adding") always, another -ing word ("acting chief Tom Reid said") only when no
    finite speech verb (`verb`) follows it as the sentence's own attribution."""
    match = _PARTICIPLE.match(window)
    if match is None or match.group("word") in _NOT_PARTICIPLES:
        return False
    if verb.match(window, match.start("word")):
        return True
    return not any(
        not found.group().endswith("ing") for found in verb.finditer(window, match.end())
    )
