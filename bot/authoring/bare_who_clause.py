"""A relative clause left without commas between a speaker's name and the speech verb.

`Philip Undialu who was not present at the meeting said ...`, `Moses Mwangi who is a
resident stated ...`: much wire, African, Asian and Pacific copy drops the commas of a
"who" clause, yet the name before "who" is still the subject of the verb after the clause.
The clause must be one run of lowercase words (no name, no comma, no quotation mark, no
second "who"/"whose"), so `Teresa Berrigan who took over from Judge Wawun Kuvi said`, where
another name stands in the clause, is left to the other rules.
"""

from __future__ import annotations

import re

from bot.authoring.roles import speech_verb_pattern

__all__ = ["BARE_WHO_THEN_VERB", "bare_who_clause"]

_SPEECH_VERB = speech_verb_pattern()

# The clause: "who", then 1 to 14 words, none capitalised, no punctuation that ends or sets
# off a clause; numbers and hyphenated words ("46-year-old") are fine.
_CLAUSE = (
    r"\s+who\s+(?!(?:said|says|told|added)\b)"
    r"(?:(?!who\b|whose\b|whom\b)[a-z0-9][\w’'-]*\s+){1,14}"
)
_ADVERB = r"(?:(?:also|then|later|further|reportedly|[a-z]+ly)\s+)?"

# A name followed by such a clause and a speech verb: a person who speaks (a cue for
# `people`, matched on the text right after the name).
BARE_WHO_THEN_VERB = re.compile(rf"{_CLAUSE}{_ADVERB}(?:{_SPEECH_VERB.pattern})")

_BETWEEN = re.compile(rf"{_CLAUSE}{_ADVERB}")


def bare_who_clause(between: str) -> bool:
    """Whether the text between a name and a speech verb is only a comma-less "who" clause
    (and an adverb): `Undialu| who was not present at the meeting |said`."""
    return _BETWEEN.fullmatch(between) is not None
