"""Topic lines between the answers of one speaker: "On the scrums:", "About the penalty:".

A report of what someone said after a match often sets a short line naming the topic,
ending with a colon, before each answer. The line is no one's words and names no speaker:
the quote after it is the same person's as the quote before it.
"""

from __future__ import annotations

import re

from bot.authoring.roles import speech_verb_pattern

__all__ = ["topic_line"]

_SPEECH_VERB = speech_verb_pattern()

# "On the scrums:", "About Bruno's second penalty:", "Regarding the fans:": a preposition of
# topic opening a short line that ends with a colon.
_TOPIC = re.compile(r"(?:On|About|Regarding|Asked about)\s[^“”\"«»:]{2,120}:")


def topic_line(text: str) -> bool:
    """Whether a paragraph is only a topic line ("On missed opportunities:"), at most 16
    words, without quotation marks and without a verb of speech ("On Monday, Obi said:"
    introduces Obi)."""
    line = text.strip()
    return (
        len(line.split()) <= 16
        and _TOPIC.fullmatch(line) is not None
        and _SPEECH_VERB.search(line) is None
    )
