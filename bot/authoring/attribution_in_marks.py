"""Quoted words that are nothing but an attribution clause (round 35).

Reading of English news prose: a page whose marks are misplaced (a closing mark typed to
open the next quote, "... football, “ the former commissioner continued.“ For many of us")
leaves the reporter's own attribution, "the former commissioner continued.", between two
marks. Words that are wholly a noun phrase opened by "the", "a" or "an" and closed by a
past verb of speech and a stop are the reporter's narration, never anyone's quote: they
go to nobody.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import SPEECH_VERBS

__all__ = ["only_an_attribution"]

# Past tense only, as a reporter attributes: "the business of the city continues" is a quote.
_SPEECH = "|".join(
    sorted(
        (re.escape(v) for v in SPEECH_VERBS if " " not in v and (v.endswith("ed") or v == "said")),
        key=len,
    )
)
# "the former Oyo State ‘s Commissioner for Sports continued." as the whole quoted text.
_ATTRIBUTION = re.compile(rf"^(?:the|a|an)\s+(?:[\w’'‘.-]+\s+){{0,10}}?(?:{_SPEECH})\s*\.$")


def only_an_attribution(quote: str) -> bool:
    """Whether the quoted words are only "the <someone> <past verb of speech>.": narration
    caught between stray marks."""
    return _ATTRIBUTION.match(quote.strip()) is not None
