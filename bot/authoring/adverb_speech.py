"""A name, then one adverb of time or sequence, then the speech verb (round 56).

"Ola Brandt also said", "Ada Obi later told reporters", "Jo Lee today announced": news puts
an adverb between a speaker's name and the verb. The name reader took a speech verb right
after a name (or after an "-ly" adverb: "Jo Lee quickly said") as the cue that the name is a
person; "also", "later", "then" and the like, which end in no "-ly", left the person uncued,
and a person named once that way was dropped with the quote left unattributed. Only a short
list of such adverbs counts, each one word, with the verb right after it. A name of one word
("Lianne then concluded:") counts only when the article also writes it as part of a full
name ("Lianne Dalziel"), whom it then points at: a surname alone ("Rambukwella also said") may
stand for a person the page names in full only in a caption, and is left as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words
from bot.authoring.roles import speech_verb_pattern

__all__ = ["adverb_then_speech"]

_ADVERBS = words(
    """also later then further again earlier previously subsequently yesterday today
    tonight however meanwhile still once too first"""
)
_ADVERB_THEN_VERB = re.compile(rf"^\s+(?P<adverb>[a-z]+)\s+(?:{speech_verb_pattern().pattern})")


def adverb_then_speech(after: str, name: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether `after` (the text right after the name `name`, as words) is one listed adverb
    and a speech verb; for a one-word name, only when `texts` write it in a full name."""
    match = _ADVERB_THEN_VERB.match(after)
    if match is None or match.group("adverb") not in _ADVERBS:
        return False
    return len(name) >= 2 or _in_a_full_name(name[0], texts)


def _in_a_full_name(word: str, texts: Sequence[str]) -> bool:
    word = re.escape(word)
    full = re.compile(rf"(?<![\w’'-])(?:[A-Z][\w’'-]+ {word}|{word} [A-Z][\w’'-]+)(?![\w’'-])")
    return any(full.search(text) for text in texts)
