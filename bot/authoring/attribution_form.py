"""The form of a drafted attribution: what a careful reader weighs before trusting it.

A quote's speaker is found by a method ("the sentence", "the paragraph before", ...). A
reader trusts it more or less by how the speaker is written near the quote: by full name,
by a short form (a surname), by a one-word name or by a he/she; in the quote's sentence, in
its paragraph or only in an earlier one; with one person named in the paragraph or several;
with a verb of speech in the quote's sentence or none; for a long quote or a few words; and
whether the quote continues an earlier paragraph's or is a scare quote inside a sentence.
`attribution_form` gives that form as a few labelled parts, measured per part by
`benchmarks.speaker_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.authoring.article import Block
from bot.authoring.lexicon import SPEECH_VERBS
from bot.authoring.people import People
from bot.authoring.quotes import PRONOUN_HOW, FoundQuote
from bot.authoring.text import sentence_spans

_WORD = re.compile(r"[A-Za-z’'-]+")
_QUOTE_MARK = re.compile(r"[\"“”„«»‘’']")
# A quote whose closing mark the sentence runs on past: no comma, stop or dash before it,
# and a lowercase word after it ("called the plan “a farce” and left").
_RUNS_ON_AFTER = re.compile(r"[\"”’']\s+[a-z]")
SHORT_QUOTE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Form:
    """The parts of one attribution's form (each a short label)."""

    method: str
    name: str  # "full name", "short form", "one-word name", "he/she"
    distance: str  # "same sentence", "same paragraph", "earlier paragraph"
    named: str  # "one person named", "several named", "nobody named" (in the paragraph)
    verb: str  # "speech verb", "no speech verb" (outside the quote, in its sentence)
    length: str  # "short quote", "long quote"
    kind: str  # "continued", "scare quote", "plain"

    def parts(self) -> dict[str, str]:
        """Each part by its name, for tables."""
        return {
            "method": self.method,
            "name": self.name,
            "distance": self.distance,
            "named": self.named,
            "verb": self.verb,
            "length": self.length,
            "kind": self.kind,
        }


def _quote_at(text: str, quote: str) -> tuple[int, int]:
    """Where the quote's words stand in its paragraph (its first words found; else 0)."""
    for size in (40, 20, 10):
        at = text.find(quote[:size])
        if at >= 0:
            return at, at + len(quote)
    return 0, min(len(text), len(quote))


def attribution_form(blocks: Sequence[Block], people: People, quote: FoundQuote, key: str) -> Form:
    """The form of the attribution of `quote` to the person `key`."""
    by_number = {b.number: b for b in blocks}
    block = by_number.get(quote.block)
    text = block.text if block is not None else ""
    lo, hi = _quote_at(text, quote.text)
    sentences = sentence_spans(text) or [(0, len(text))]
    s_lo = next((a for a, b in sentences if a <= lo < b + 1), 0)
    s_hi = next((b for a, b in sentences if a <= hi <= b + 1), len(text))
    mentions = [m for m in people.mentions(text) if not lo <= m.start < hi]
    own = [m for m in mentions if m.key == key]
    near = [m for m in own if s_lo <= m.start <= s_hi]
    person = people.by_key.get(key)
    if near:
        distance, mention = "same sentence", min(near, key=lambda m: abs(m.start - lo))
    elif own:
        distance, mention = "same paragraph", min(own, key=lambda m: abs(m.start - lo))
    else:
        distance, mention = "earlier paragraph", None
    if quote.how == PRONOUN_HOW:
        name = "he/she"
    else:
        written = text[mention.start : mention.end] if mention else (person.name if person else "")
        whole = person.name if person else written
        if len(written.split()) >= 2:
            name = "full name"
        elif len(whole.split()) >= 2:
            name = "short form"
        else:
            name = "one-word name"
    keys = {m.key for m in mentions if m.key is not None}
    named = "several named" if len(keys) > 1 else "one person named" if keys else "nobody named"
    outside = text[s_lo:lo] + " " + text[hi:s_hi]
    verb = "speech verb" if words_in(outside) & SPEECH_VERBS else "no speech verb"
    length = "short quote" if len(_WORD.findall(quote.text)) <= SHORT_QUOTE_WORDS else "long quote"
    opens = _QUOTE_MARK.match(text.lstrip()) is not None
    if opens and distance == "earlier paragraph":
        kind = "continued"
    elif length == "short quote" and text[s_lo:lo].strip() and _RUNS_ON_AFTER.match(text, hi):
        kind = "scare quote"
    else:
        kind = "plain"
    return Form(quote.how, name, distance, named, verb, length, kind)


def words_in(text: str) -> set[str]:
    """The lowercased words of `text`."""
    return {w.lower() for w in _WORD.findall(text)}
