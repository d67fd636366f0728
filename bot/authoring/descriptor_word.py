"""One lowercase word describing the speaker between a speech verb and the name.

`“...,” said neighbour Ada Obi.`, `“...,” said prop Tom Reid.`, `“...,” said stockbroker
Jo Lee.`: news copy puts what the speaker is to the story (a neighbour, a team's prop, a
trader) right before the name as it puts a role ("said councillor Jo Lee"). The drafter
took only role nouns and titles there, so a word outside its lexicon of roles left the
quote open though the sentence names its speaker. One lowercase word, a singular noun in
form (a plural, "said residents Jo Lee and Tom Reid", may be two speakers), counts; a word
of time or place, a function word or an adverb ("said today Jo Lee", "said later") does
not, and neither does a verb whose object is the listener ("told", "asked": `told
reporters Jo Lee ...` is not the shape).
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import MONTHS, WEEKDAYS, words
from bot.authoring.roles import FUNCTION_WORDS, LISTENER_VERBS

__all__ = ["descriptor_word"]

_WORD = re.compile(r"\s*(?P<word>[a-z][a-z-]{2,})\s+")
_NOT_A_DESCRIPTOR = (
    words(
        """yesterday today tonight tomorrow earlier later recently again now still already
    afterwards meanwhile simply only even just too instead there here thus so very
    reporters journalists media police officials residents people everyone someone
    nobody somebody"""
    )
    | FUNCTION_WORDS
    | {w.casefold() for w in (*WEEKDAYS, *MONTHS)}
)


def descriptor_word(verb: str, between: str) -> bool:
    """Whether `between` (the text from the speech verb `verb` to the name) is one
    lowercase word describing the speaker, as above."""
    if verb.split()[0] in LISTENER_VERBS:
        return False
    match = _WORD.fullmatch(between)
    if match is None:
        return False
    word = match.group("word")
    if word in _NOT_A_DESCRIPTOR or word.endswith("ly"):
        return False
    return not (word.endswith("s") and not word.endswith("ss"))
