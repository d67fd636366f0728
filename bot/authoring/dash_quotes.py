"""Quotes set off by a dash instead of quotation marks, the Nordic way.

Norwegian, Swedish, Danish and Finnish papers (and pages translated from them) open a
speaker's words with a dash and no closing mark, the attribution after a comma:
`– This is Putin's war, said Scholz, who is critical of the proposal.` A paragraph may hold
several such turns, each opened by a dash after the previous sentence ends. A paragraph that
itself opens with the dash is read as a bullet item (the dash is taken off): the whole item
is a turn when it speaks in the first person (a list item in the third person, "• Buses
would come every hour, Lee said.", is reported speech). A turn counts only when it ends in
", <speech verb> <Name>", ", <Name> <speech verb>" or ", he/she <speech verb>" before the
next dash: without that attribution a dash is an aside or a list item, not a quote.
"""

from __future__ import annotations

import re

from bot.authoring.roles import speech_verb_pattern

_VERB = speech_verb_pattern()
# A dash that opens a turn inside a paragraph: right after a sentence's end.
_DASH_OPENING = re.compile(r"(?<=[.!?…])\s+[–—]\s+(?=[A-Z])")
# The attribution that ends a turn: ", said Scholz", ", says Prime Minister Jonas Gahr
# Støre", ", said Denmark’s Mette Frederiksen", ", Scholz said", ", he added".
_TAIL = re.compile(
    rf",\s+(?:(?:{_VERB.pattern})\s+(?=[A-Z])|(?:he|she)\s+(?:{_VERB.pattern})(?![\w’'])"
    rf"|(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{_VERB.pattern})(?![\w’']))"
)
_MARKS = re.compile(r"[\"“”„«»]")
# A bullet item may be any list's ("• Buses would come every hour, Lee said."): only one
# in the first person is taken for a dash turn, the speaker's own words.
FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|I’m|I'm|I’ve|I've|me|my|we|We|our|Our|us)(?![\w’'])")
DASH_HOW = "a dash turn"  # a turn whose attribution names nobody the drafter knows


def dash_turns(text: str, bullet: bool) -> list[tuple[int, int, int]]:
    """(dash, words start, words end) of each dash-opened turn of `text`, a paragraph with no
    quotation marks; `bullet`: the paragraph was a dash or bullet item (its first words are
    then a turn; the dash itself is gone, so -1 stands for it)."""
    if _MARKS.search(text):
        return []
    openings = [(-1, 0)] if bullet and FIRST_PERSON.search(text) else []
    openings += [
        (m.start() + m.group().index(m.group().strip()), m.end())
        for m in _DASH_OPENING.finditer(text)
    ]
    turns = []
    for n, (dash, start) in enumerate(openings):
        stop = openings[n + 1][0] if n + 1 < len(openings) else len(text)
        tail = _TAIL.search(text, start, stop)
        if tail is None or tail.start() - start < 12:
            continue
        turns.append((dash, start, tail.start()))
    return turns
