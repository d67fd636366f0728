"""Words a page quotes twice: one person's words, whichever copy says whose.

A page lifts a quote from its body into the headline, the standfirst or a pull quote set
between paragraphs, and prints it again where it was said. The lifted copy stands where
nobody (or the wrong person) is named: the paragraph before a pull quote is about someone
else. So a copy whose words a later quote of another paragraph holds, long enough that the
page's repeat is dropped (`pull_quotes.REPEAT_WORDS`; a shorter copy stays beside its body
copy, which has the speaker already: naming both would show the quote twice), takes the
later copy's speaker when nothing near it named a subject at all (a copy whose sentence
has a subject, "the union branded it ...", or whose speaker the settle step doubted stays
nobody's: a body's slogan is often repeated by its officer). A copy of five words or more
given a speaker only from the paragraphs around it (not from its own sentence) while a
later copy names someone else could be either's, and is nobody's. A copy whose own
sentence names its speaker keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.authoring.pull_quotes import REPEAT_WORDS
from bot.authoring.quotes import FoundQuote

__all__ = ["COPY_HOW", "speakers_from_copies"]

COPY_HOW = "the later quote of the same words"
MIN_WORDS = 5
# How a speaker came from the paragraphs around a quote, not from its own sentence.
_AROUND = frozenset({"the paragraph before", "the quote before"})
# How a quote was left when nothing near it named a subject.
_NOBODY = "unresolved"
_FOLD = re.compile(r"[^\w]+")


def _folded(text: str) -> str:
    return " " + _FOLD.sub(" ", text.casefold()).strip() + " "


def _later_speaker(
    i: int, found: Sequence[FoundQuote], folds: Sequence[str]
) -> tuple[bool, str | None]:
    """Whether a later quote of another paragraph holds the words of quote `i`, and the one
    speaker such copies name (None when none does or they name different people)."""
    block, words = found[i].block, folds[i]
    copies = [
        q
        for q, fold in zip(found[i + 1 :], folds[i + 1 :], strict=True)
        if q.block != block and words in fold
    ]
    named = {q.speaker for q in copies if q.speaker is not None}
    return bool(copies), (next(iter(named)) if len(named) == 1 else None)


def speakers_from_copies(
    found: Sequence[FoundQuote], raw: Sequence[FoundQuote]
) -> list[FoundQuote]:
    """The settled quotes (`found`, one for each of the `raw` quotes before the settle step)
    with each lifted copy given its later copy's speaker (see the module)."""
    out = list(found)
    folds = [_folded(q.text) for q in found]
    for i, (quote, unsettled) in enumerate(zip(found, raw, strict=True)):
        size = len(folds[i].split())
        lifted = (
            size >= REPEAT_WORDS
            and quote.speaker is None
            and unsettled.speaker is None
            and unsettled.how == _NOBODY
        )
        guessed = size >= MIN_WORDS and quote.speaker is not None and quote.how in _AROUND
        if not (lifted or guessed):
            continue
        copied, speaker = _later_speaker(i, found, folds)
        if not copied or speaker is None or speaker == quote.speaker:
            continue
        if lifted:
            out[i] = replace(quote, speaker=speaker, how=COPY_HOW)
        else:
            out[i] = replace(quote, speaker=None, how="unresolved")
    return out
