"""The outlet asking its reader for news: "Do you have a scoop for us?", "Got a story? Send
it to us", "Have news you’d like to see in Courier.com? Contribute an article ...".

A question to the reader about a story, a scoop, a tip or photos they might have, with "you"
or "us" in it or the noun alone ("Got a story?"), is the page's box, never the report: a
report asks no such thing of its reader, and a speaker's question is quoted or reported
("residents asked").
"""

from __future__ import annotations

import re

__all__ = ["is_tip_line"]

_TIP_QUESTION = re.compile(
    r"^(?:do you have|have you got|you got|got|have|know)(?: (?:a|an|any|some))? "
    r"(?:(?:breaking )?(?:news|story|stories)(?: tips?| ideas?)?|scoops?|tips?|tip-offs?|"
    r"photos?|pictures?|videos?)\b(?P<question>(?:[^?.!]|\.(?=\S)){0,100})\?",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|us)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:asked|asks|said|says|told|wondered)\b", re.IGNORECASE)
_MAX_LINE = 300


def is_tip_line(line: str) -> bool:
    """Whether the line is the outlet's call for its reader's news (see the module)."""
    text = line.strip()
    match = _TIP_QUESTION.match(text)
    if match is None or len(text) > _MAX_LINE or any(mark in text for mark in '"“”'):
        return False
    if _REPORTED.search(text):
        return False  # a speaker's question, reported
    return not match.group("question").strip() or bool(_READER.search(text[: match.end()]))
