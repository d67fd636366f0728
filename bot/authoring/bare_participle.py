"""A quote led by "saying" or "adding that" with no comma before it.

Real copy often drops the comma before the participle that hangs a quote on the sentence:
`He refuted the claim ... prior to the exercise saying “before this exercise, ...”`,
`... an oxygen plant has been installed saying “there is ...”`, `He observed the health
implications ... adding that “the gutters ...”`. The participle's subject is the sentence's,
as after a comma, when the quote follows the participle at once. Not after a thing that
carries words itself ("a banner saying “...”", "a letter saying “...”"): those words are the
banner's, not the subject's speech.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

# "saying “", "adding that “", "adding, “": the participle and the quote right after it.
_BARE = re.compile(r"([\w’'-]+)\s+(?:saying|adding(?:\s+that)?)[\s,:]*$")
_CARRIERS = words(
    "sign signs banner banners placard placards poster posters message messages note notes "
    "letter letters post posts tweet tweets notice notices caption headline headlines "
    "shirt shirts t-shirt t-shirts board boards card cards"
)


def bare_participle(text: str, verb_start: int, quote_start: int) -> bool:
    """Whether a "saying"/"adding that" without a comma before it at `verb_start` leads the
    quote at `quote_start` straight away, after a word that carries no words of its own."""
    m = _BARE.search(text, max(0, verb_start - 40), quote_start)
    return m is not None and m.group(1).casefold() not in _CARRIERS
