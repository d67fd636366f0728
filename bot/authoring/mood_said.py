"""`“...,” said a puzzled Oskar Lind.`: the speaker's mood between the verb and the name.

News copy puts the speaker's state right before the name after an inverted verb ("said a
puzzled Oskar Lind", "says an emotional Ms. Banet", "said a visibly troubled Commissioner
Williams"), as it does before the verb ("“...,” a jubilant Obi said", which the drafter
reads already). The name there was never found as a person (no cue: the verb is not right
before it), and a title between the mood and the name hid the speaker. Only right after a
quote's closing mark, with a verb that does not take a listener ("told a packed hall"),
"a" or "an", perhaps an adverb in -ly, and one lowercase word, and the name ending the
clause ("said a new Varn Water report" is no person).
"""

from __future__ import annotations

import re

from bot.authoring.roles import LISTENER_VERBS, speech_verb_pattern

__all__ = ["said_in_a_mood"]

_SAID_IN_A_MOOD = re.compile(
    rf"[”\"’],?\s+(?:{speech_verb_pattern(LISTENER_VERBS).pattern})\s+an?\s+"
    r"(?:[a-z]+ly\s+)?[a-z-]+\s+$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)")


def said_in_a_mood(before: str, after: str) -> bool:
    """Whether `before`, the text right before a name, ends in a closing mark, a speech
    verb and a mood ("” said a puzzled "), and the name ends the clause (`after` opens with
    punctuation: "said a new Varn Water report" is a document's words)."""
    return _SAID_IN_A_MOOD.search(before) is not None and _CLAUSE_ENDS.match(after) is not None
