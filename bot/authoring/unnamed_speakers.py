"""Someone the article does not name speaks last (round 32).

Reading of English news prose: a reporter who keeps a source unnamed writes "A reliable
source ... has disclosed that ...", "a resident told the paper ...", "..., the source said."
and then goes on with the same source's words as "“...,” he said." A person named only
inside what the source reported ("the source says the minister ... is determined") is the
reported subject, not the speaker. So when the last one to speak in a paragraph is an unnamed
person, the he/she of the next quote may be them: it is nobody's for sure, never the last
person the article named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import SPEECH_VERBS, words

__all__ = ["last_unnamed_speaker"]

# One person the article leaves unnamed: never an office (a spokesman speaks for someone
# the article may name; "the minister" may be the one minister named before).
_UNNAMED = words(
    """
    source insider witness eyewitness resident villager farmer trader vendor seller
    shopkeeper customer passenger driver motorist worker employee labourer laborer expert
    analyst observer neighbour neighbor relative survivor student parent man woman local
    """
)
_NOUNS = "|".join(sorted(_UNNAMED))
_VERBS = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len)[::-1])
# "A reliable source who is also an expert has disclosed", "a source in Sri Lanka seeking
# anonymity said", "The source says": the unnamed one as the subject of a verb of speech.
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?;]\s)|(?<=,\s)|(?<=[“\"]))(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_NOUNS})"
    rf"(?:\s+(?:in|from|at|of|with|who|seeking|close|familiar)\b[^.!?;:,“”\"]{{0,80}})?"
    rf"(?:,\s*who\b[^.!?;:,“”\"]{{0,80}},|\s*\([^()]{{1,40}}\))?"
    rf"\s+(?:has\s+|had\s+|have\s+|also\s+|further\s+|then\s+)?(?:{_VERBS})\b"
)
# "..., the source said.", "“...,” said a resident.": the unnamed one after the words.
_AFTER = re.compile(
    rf",[”\"]?\s+(?:(?:the|a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUNS})\s+(?:{_VERBS})"
    rf"|(?:{_VERBS})\s+(?:the|a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUNS}))"
    rf"\s*[.,]"
)


# "Max Lawson, a former resident of Malawi who is now based in Nairobi observed": a
# description set after a name, in commas, is that named person's, not someone unnamed.
_APPOSED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+,\s+$")


def _inside(at: int, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in quoted)


def last_unnamed_speaker(text: str, quoted: Sequence[tuple[int, int]]) -> int | None:
    """Where the last clause of `text` in which an unnamed person speaks starts (outside the
    `quoted` spans), or None."""
    starts = [
        match.start()
        for pattern in (_SUBJECT, _AFTER)
        for match in pattern.finditer(text)
        if not _inside(match.start(), quoted) and not _APPOSED.search(text, 0, match.start())
    ]
    return max(starts, default=None)
