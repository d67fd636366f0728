"""Quoted words that are no one's speech, read from their own shape (round 31).

Readings of English news prose:
- Words in marks after a determiner, every word capitalised but the small joining words
  and no sentence mark inside ("signed the “National Pact for Democracy”", "the ‘Office of
  the Immediate Past Governor’"), are the name of a thing (an agreement, a plan, an award,
  an office): the writer marks a title, nobody is shown to say it.
- Words in marks that end in an attribution of their own to a body or a group ("... is also
  rising, the authorities said.") are narration caught by a stray or unclosed mark: the
  words are the reporter's account of what others said, not the quoted speaker's. ("..., he
  added." stays: a pronoun there points back at the speaker.)
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import SPEECH_VERBS

__all__ = ["ends_in_others_attribution", "quoted_title"]

_JOINERS = frozenset({"of", "for", "the", "and", "on", "to", "in", "at", "&", "a", "an"})
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w’'])(?:the|a|an|its|their|his|her|our|this|that)\s+[\"“‘']$", re.IGNORECASE
)
_SPEECH = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len))
# ", the authorities said." / ", police said": a group or body, never a he/she or a name.
_OTHERS_SAID = re.compile(
    rf",\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+"
    rf"|police|officials|authorities|sources|witnesses|residents|experts)"
    rf"\s+(?:{_SPEECH})\.?$"
)


def quoted_title(paragraph: str, quote: str) -> bool:
    """Whether `paragraph` writes `quote` (two words or more) as a title-case name right
    after a determiner: the name of a thing, not words anyone said."""
    found = quote.split()
    if len(found) < 2 or quote.rstrip()[-1:] in ",.;:!?":
        return False
    if not found[0][:1].isupper() or not all(w[:1].isupper() or w in _JOINERS for w in found[1:]):
        return False
    at = paragraph.find(quote)
    return at > 0 and _DETERMINER_BEFORE.search(paragraph, max(0, at - 8), at) is not None


def ends_in_others_attribution(quote: str) -> bool:
    """Whether the quoted words end by crediting a group or body ("..., the authorities
    said."): narration inside a stray mark, nobody's quote."""
    return _OTHERS_SAID.search(quote.rstrip()) is not None
