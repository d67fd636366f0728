"""An apposition of several comma parts between a name and its verb.

"Lou Dee, 65, of Millbrook, Ohio, lives", "Bo Ray, the firm's president, chief executive and
chairman, said", "Ana Ruiz, Minister of Foreign Affairs, Trade and Worship of the Republic
reiterated": news prose describes a person with an age, a home town and its state, or an
office whose portfolio holds its own commas, before the verb. The subject finder skips one
comma aside; this reads past two to four parts, so the name before them is still the
sentence's subject. The verb must follow at once (a lowercase word ending in -ed or -s, or a
verb of speech), and no part may open with "and" or "or" ("Jo Lee, 40, and Ann Ray, 38,
said": two people). The last part may close without its comma when it is a capitalised office
running straight into the verb ("... Trade and Worship of the Republic reiterated").
"""

from __future__ import annotations

import re

from bot.authoring.roles import speech_verb_pattern

__all__ = ["past_long_apposition"]

_SPEECH_VERB = speech_verb_pattern()
# One comma part: no sentence mark, no quotation mark, no bracket.
_PART = re.compile(r"\s*([^,;:.!?“”\"()]{1,80}),")
# A verb right after the apposition: "lives", "reiterated", "said", "told" (an adverb before).
_VERB_NEXT = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}(?:ed|s)|{_SPEECH_VERB.pattern})\b")
# A capitalised office running into the verb with no comma: "Trade and Worship of the
# Argentine Republic reiterated".
_OFFICE_INTO_VERB = re.compile(
    r"\s*[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'-]*)*(?=\s+[a-z])"
)
_LIST_WORDS = ("and ", "or ")


def past_long_apposition(after: str) -> str | None:
    """The words from the verb on after a name and an apposition of two to four comma parts
    (", 65, of Millbrook, Ohio, lives here" -> " lives here"); None when `after` holds no
    such apposition."""
    if not after.startswith(","):
        return None
    at = 1
    for count in range(1, 5):
        part = _PART.match(after, at)
        if part is None:
            break
        if count > 1 and part.group(1).lstrip().startswith(_LIST_WORDS):
            return None
        at = part.end()
        if count > 1 and _VERB_NEXT.match(after, at):
            return after[at:]
    if at > 1 and at != len(after):
        office = _OFFICE_INTO_VERB.match(after, at)
        if office is not None and _VERB_NEXT.match(after, office.end()):
            return after[office.end() :]
    return None
