"""Speakers held back as unsure: attributions whose form was wrong too often to trust.

`benchmarks.speaker_forms` measures the precision of each form of attribution (see
`attribution_form`). A form whose precision over the labeled sets tuned before is below what
the drafter promises is held back: the quote is left unattributed, its speaker kept in
`FoundQuote.held` so the draft can say whom to check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.authoring.article import Block
from bot.authoring.attribution_form import attribution_form
from bot.authoring.people import People
from bot.authoring.quotes import FoundQuote

Form = tuple[tuple[str, str], tuple[str, str]]

# The forms chosen by `python -m benchmarks.speaker_forms --choose` over groups A-I of the
# labeled sets (fresh32 and fresh33 not looked at): every pair of parts named at least 10
# times whose precision is, at 95% confidence (Wilson), below 95%. Each is a one-word name
# (a person the article never names in two words) credited in the quote's own sentence: 33
# right and 7 wrong over A-I ("Rutte" for Mark Rutte, "Unite", "Hasina"), none in fresh32/33.
CHOSEN_FORMS: tuple[Form, ...] = (
    (("method", "the sentence"), ("name", "one-word name")),
    (("name", "one-word name"), ("distance", "same sentence")),
    (("name", "one-word name"), ("verb", "speech verb")),
    (("name", "one-word name"), ("kind", "plain")),
    (("name", "one-word name"), ("named", "one person named")),
    (("name", "one-word name"), ("length", "short quote")),
)
# The forms the drafter holds back. Empty: holding CHOSEN_FORMS back costs 33 right quotes
# for 7 wrong, changes nothing on fresh32/33, and undoes what eight earlier tests assert (a
# lone surname after a title, "Madam Rosnah", speaks): left for the tech lead to decide.
HELD_FORMS: tuple[Form, ...] = ()


def held_form(parts: Mapping[str, str], forms: Sequence[Form] = HELD_FORMS) -> str | None:
    """The unsure form the parts of an attribution's form fall under ("one-word name,
    same sentence"), or None (`forms`: those held back by default)."""
    for form in forms:
        if all(parts.get(part) == value for part, value in form):
            return ", ".join(value for _, value in form)
    return None


def hold_back_unsure(
    blocks: Sequence[Block], people: People, quotes: Sequence[FoundQuote]
) -> list[FoundQuote]:
    """The quotes, those attributed in an unsure form left unattributed (speaker held)."""
    if not HELD_FORMS:
        return list(quotes)
    out = []
    for quote in quotes:
        key = quote.speaker
        if key is not None and key in people.by_key:
            form = attribution_form(blocks, people, quote, key)
            if held_form(form.parts()) is not None:
                quote = replace(quote, speaker=None, held=key)
        out.append(quote)
    return out
