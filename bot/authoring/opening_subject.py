"""A speech verb whose subject is the name that opens the sentence (round 54).

Two shapes of English news prose put a quote in the clause of a speech verb whose subject
stands far before it, with words the sentence readers take for another subject between:

- A participle hung on the clause: `Ada Obi MP also condemned the figures, describing them
  as “a disgrace”.`, `Mayor Tom Reid once again criticised the plan, saying that “...”`,
  `Obi said that the depot is ready to keep it safe, adding it is “...”`. An -ing verb of
  speech after a comma has no subject of its own; it takes the subject of the clause it
  hangs on.
- A quote in the reported clause of the opening verb: `Jo Reid, of Elm Street, said
  residents felt they had “no say at all”`, `Obi said the leader's words showed “...” and that
  the consultation “was a sham”`. Whatever the clause's own subjects, the marked words
  are what the opening name said.

Both are read only when the name opens the sentence (nothing before it but a fronted phrase
closed by a comma or title words), is a person the article knows (a "name" ending in an
office, "Aurora Solicitor", is a title), and its finite verb comes
next (past an honorific such as "MS", an age, an aside in commas, adverbs such as "once
again"); and when no other person is named before the quote (a name in the possessive,
"Obi's government", is no subject). The reported clause is given up when another verb of
speech stands in it (`Obi said critics had called it “a mess”`: the critics' word, maybe);
a verb of thought ("felt", "believes") reports no words and may stand there. Marked words
of three words or fewer are left to the reader of terms (`Obi said that ‘great harvest’
is not common here`: a term talked about, not said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.cues import noun_use
from bot.authoring.lexicon import ROLE_NOUNS, words
from bot.authoring.people import Mention

__all__ = ["hung_participle_subject", "reported_clause_subject"]

# What may stand between an opening name and its verb: an honorific or a parliament's
# letters after the name, the body it speaks for ("of Top Hat Cleaners"), an age or a short
# aside in commas, and adverbs ("also", "once again", "on Monday").
_AFTER_NAME = re.compile(
    r"(?:,?\s+(?:MP|MPs|MS|MSP|MLA|MEP|MHK|TD|QC|KC|Jr\.?|Sr\.?|OBE|MBE|CBE))?"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5})?"
    r"(?:,[^,;:.!?\"“”]{1,60},)?"
    r"(?:\s+(?:also|again|once\s+again|then|later|today|yesterday|earlier|however|further|"
    r"too|previously|subsequently|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|[a-z]+ly))*"
)
# A finite verb: a past form in -ed (or "says"), perhaps after "has"/"had"/"have", or a
# common irregular past.
_FINITE = re.compile(
    r"\s+(?:(?:has|had|have)\s+(?:also\s+)?)?(?P<verb>[a-z]{2,}ed|said|says|gave|made|"
    r"took|told|went|came|spoke|wrote|sent|hit|struck|held|met|led|put|set|laid|kept|stood)\b"
)
# Before the opening name: title words ("Welsh Liberal Democrat Leader", "mayor of Torrox").
_TITLE_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|for|the|and|mayor|minister|leader|councillor")
_FRONTED_TIME = ("In", "On", "At", "Last", "This")
_OWNED = ("’s", "'s", "’", "'")
# Verbs of thought in a reported clause: no words of anyone else reported.
_THOUGHT = words(
    "felt feel feels believe believes believed think thinks thought reckon reckons reckoned"
)


def _opens_sentence(prefix: str) -> bool:
    """Whether the words before a name leave it the sentence's first noun phrase: none, a
    fronted phrase closed by a comma, or title words (capitalised, or of/for/the/and)."""
    after_comma = prefix.rsplit(",", 1)[-1] if "," in prefix else prefix
    words = after_comma.split()
    if "," not in prefix and words and words[0] in _FRONTED_TIME:
        words = words[2:]  # "In September mayor of Torrox": a time fronted without a comma
    return all(_TITLE_WORD.fullmatch(w) for w in words)


def _opening_name(
    text: str, mentions: Sequence[Mention], s_start: int, hi: int
) -> tuple[Mention, int] | None:
    """The person whose name opens the sentence and is the subject of the finite verb after
    it, with where that verb starts; None when anyone else is named before `hi`."""
    named = [m for m in mentions if s_start <= m.start < hi]
    if not named:
        return None
    first = named[0]
    if first.key is None or text.startswith(_OWNED, first.end):
        return None
    if text[first.start : first.end].split()[-1].casefold() in ROLE_NOUNS:
        return None  # "the Town of Aurora Solicitor": an office read as a name
    if not _opens_sentence(text[s_start : first.start]):
        return None
    aside = _AFTER_NAME.match(text, first.end)
    finite = _FINITE.match(text, aside.end() if aside else first.end)
    if finite is None:
        return None
    for m in named[1:]:
        if m.key is not None and m.key != first.key and not text.startswith(_OWNED, m.end):
            return None  # "Obi said Reid had agreed, adding": whose clause is not sure
    if ";" in text[first.end : hi] or hi - first.end > 300:
        return None
    return first, finite.start("verb")


def hung_participle_subject(
    text: str, mentions: Sequence[Mention], s_start: int, verb_start: int
) -> Mention | None:
    """The named subject a participle at `verb_start` hangs on, or None (see the module)."""
    opening = _opening_name(text, mentions, s_start, verb_start)
    if opening is None or any(mark in text[opening[0].end : verb_start] for mark in '“”"'):
        return None
    return opening[0]


def reported_clause_subject(
    text: str,
    mentions: Sequence[Mention],
    s_start: int,
    quote_open: int,
    speech_verb: re.Pattern[str],
) -> Mention | None:
    """The opening name whose speech verb reports the clause holding the quote that opens
    at `quote_open`, or None (see the module)."""
    opening = _opening_name(text, mentions, s_start, quote_open)
    if opening is None:
        return None
    first, verb_at = opening
    verb = speech_verb.match(text, verb_at)
    if verb is None:
        return None
    for later in speech_verb.finditer(text, verb.end(), quote_open):
        if later.group() not in _THOUGHT and not noun_use(text, later):
            return None  # "Obi said critics had called it “a mess”": maybe the critics'
    return first
