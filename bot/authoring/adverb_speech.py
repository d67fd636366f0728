"""A name, then one adverb of time or sequence, then the speech verb (round 56).

"Ola Brandt also said", "Ada Obi later told reporters", "Jo Lee today announced": news puts
an adverb between a speaker's name and the verb. The name reader took a speech verb right
after a name (or after an "-ly" adverb: "Jo Lee quickly said") as the cue that the name is a
person; "also", "later", "then" and the like, which end in no "-ly", left the person uncued,
and a person named once that way was dropped with the quote left unattributed. Only a short
list of such adverbs counts, each one word, with the verb right after it, and the caller asks
only for a name of two words or more: a surname alone ("Rambukwella also said") may stand for
a person the page names in full only in a caption, and is left to the mentions that name them.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words
from bot.authoring.roles import speech_verb_pattern

__all__ = ["adverb_then_speech"]

_ADVERBS = words(
    """also later then further again earlier previously subsequently yesterday today
    tonight however meanwhile still once too first"""
)
_ADVERB_THEN_VERB = re.compile(rf"^\s+(?P<adverb>[a-z]+)\s+(?:{speech_verb_pattern().pattern})")


def adverb_then_speech(after: str) -> bool:
    """Whether `after` (the text right after a name) is one listed adverb and a speech verb."""
    match = _ADVERB_THEN_VERB.match(after)
    return match is not None and match.group("adverb") in _ADVERBS
