"""Who a paragraph reports speaking: its one person, or the speaker it reports last.

"Trader Efe Ume spoke to the Gazette during a walk along the pier." / "“It is not right.”":
a paragraph whose one named person speaks (a verb of speech after the name, or "said NAME")
and that names nobody else introduces the quote opening the next paragraph: the convention
of news writing. Anyone else it names, known or not, or a he/she/they who speaks in another
sentence, and it introduces nobody for sure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.authoring.people import Mention, full_name_starts
from bot.authoring.roles import LISTENER_VERBS, speech_verb_pattern
from bot.authoring.text import sentence_spans

__all__ = ["reports_last", "said_last", "sole_speaker"]

_QUOTE_MARKS = '"“”„«»'
# Verbs that say someone spoke without being verbs of speech before a quote: "spoke to the
# Gazette", "informs that", "highlighted that" (right after the name or its closing comma).
_SPOKE = re.compile(
    r",?\s+(?:[a-z]+ly\s+)?(?:(?:has|had)\s+)?(?:spoke|spoken)\s+(?:to|with|of|about)\b"
    r"|,?\s+(?:[a-z]+ly\s+)?(?:informs|informed|highlights|highlighted)\s+that\b"
)


def sole_speaker(
    text: str, mentions: Sequence[Mention], speaks: Callable[[Mention], bool]
) -> str | None:
    """The key of the one person a paragraph without quotation marks names and has speak,
    else None. `speaks` says whether a mention is the subject of a verb of speech."""
    if any(mark in text for mark in _QUOTE_MARKS):
        return None
    named = [m for m in mentions if m.key is not None]
    if not named or len({m.key for m in named}) != 1:
        return None
    if any(m.key is None and m.pronoun is None for m in mentions):
        return None  # a name the article does not tie to anyone known
    speaking = [m for m in named if speaks(m) or _SPOKE.match(text, m.end)]
    if not speaking:
        return None
    starts = [lo for lo, _ in sentence_spans(text)]

    def sentence(pos: int) -> int:
        return sum(1 for lo in starts if lo <= pos)

    own = {sentence(m.start) for m in speaking}
    if any(m.pronoun is not None and sentence(m.start) not in own for m in mentions):
        return None  # "... She told him": a he/she/they of another sentence may be anyone
    known = {m.start for m in named}
    if any(at not in known for at in full_name_starts(text)):
        return None  # "after Kofi Mensah closed the market": someone else, unknown
    return speaking[0].key


def reports_last(reported: str | None, candidates: Sequence[tuple[int, str]]) -> bool:
    """Whether the speaker a paragraph reports last (`reported`: "But the city is in pain,
    said Bishop Daryl Harris.") is also its latest subject or speaker (`candidates`, each
    (position, key)): then a he/she opening the next paragraph's attribution means them,
    though the paragraph has another subject before ("White said he was confident.")."""
    return reported is not None and bool(candidates) and max(candidates)[1] == reported


# ", said Bishop Daryl Harris of Ceasefire Detroit.": a verb of speech after a comma, then
# the name (titles before it), perhaps its body after "of", and the sentence's end.
_SAID_BEFORE = re.compile(
    rf",\s+(?:[a-z]+ly\s+)?(?:{speech_verb_pattern(LISTENER_VERBS).pattern})\s+(?P<titles>[^,;:]*)$"
)
_BODY_THEN_END = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,6})?\s*[.!?]?\s*")


def said_last(
    text: str, lo: int, hi: int, mentions: Sequence[Mention], titles_only: Callable[[str], bool]
) -> str | None:
    """The person a sentence in [lo, hi) ends by naming as its speaker ("But the city is
    still in pain, said Bishop Daryl Harris of Ceasefire Detroit."), else None.
    `titles_only` says whether words before a name are only its titles."""
    named = [m for m in mentions if lo <= m.start < hi and m.pronoun is None]
    if not named or named[-1].key is None:
        return None
    last = named[-1]
    if _BODY_THEN_END.fullmatch(text, last.end, hi) is None:
        return None
    said = _SAID_BEFORE.search(text, lo, last.start)
    if said is None or not titles_only(said.group("titles")):
        return None
    return last.key
