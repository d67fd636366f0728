"""A word or two in marks in the writer's own sentence, after a speaker's quote.

"Romero said “This will allow us to increase our budget.” The towns have launched a
campaign to attract more “residential tourists” who live here": the second sentence is the
writer's, telling what others did; its words in marks are a term of theirs, not the
speaker's. The quote before carries on to a later sentence's few words only when that
sentence still reports speech (a speech verb, "he"/"she"), or is itself a quoted sentence
("“We’re stuck here.”").
"""

from __future__ import annotations

import re

from bot.authoring.reported_terms import partial_quote
from bot.authoring.roles import speech_verb_pattern

__all__ = ["writers_sentence_term"]

_SPEECH = speech_verb_pattern()
# Who speaks, in the sentence: a speaker's pronoun.
_SPEAKER_PRONOUN = re.compile(r"(?<![\w’'])(?:he|she|him|his|her|I|we|my|our)(?![\w’'])", re.I)
_MARKS = "“”\"‘’'«» "
_OWN_WORDS = 3  # a sentence of the writer's holds a few words of its own around the term


def writers_sentence_term(text: str, sentence: tuple[int, int], quote: tuple[int, int]) -> bool:
    """Whether the few quoted words at `quote` (offsets in `text`) sit in a sentence of the
    writer's (`sentence`): words of its own around them, no speech verb and no speaker's
    pronoun outside the marks."""
    lo, hi = quote
    if not partial_quote(text[lo:hi]):
        return False
    outside = f"{text[sentence[0] : lo]} {text[hi : sentence[1]]}"
    own = [w for w in outside.split() if w.strip(_MARKS + ".,;:!?")]
    return (
        len(own) >= _OWN_WORDS
        and _SPEECH.search(outside) is None
        and _SPEAKER_PRONOUN.search(outside) is None
    )
