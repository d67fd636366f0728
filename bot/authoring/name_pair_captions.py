"""A caption naming the two people in a picture and nothing else (round 42).

A page's form: under a photo of two people the page prints their names joined by "and", with
no verb, no lower-case word and no stop ("Jane Roe and Jon Berg", "Bishop Ada Obi and Fr Tom
Cole SVD"), set alone between the story's paragraphs. A story's sentence has a verb; a
crosshead names a topic, not two people. Each side is two to four capitalised words, with an
honorific before it or a post-nominal in capitals after it; no side holds a month, a place
word, an organisation's word or a body that speaks as one, so "Zimbabwe News and Internet
Radio" or "Harbour Police and Fire Brigade" are not taken here.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import COUNTRIES, HONORIFICS, NOT_NAMES, TITLE_WORDS

__all__ = ["is_name_pair_caption"]

# "Tinetali-Fiavaai": a double-barrelled name's second part keeps its capital (round 44).
_WORD = r"[A-Z][a-zà-ÿā-ž’'.-]+(?:-[A-Z][a-zà-ÿā-ž’'.]+)?"
_SIDE = rf"(?:[A-Z][a-z]{{0,3}}\.? )?{_WORD}(?: {_WORD}){{1,3}}(?: [A-Z]{{2,4}})?"
_PAIR = re.compile(rf"^(?P<a>{_SIDE}) (?:and|&) (?P<b>{_SIDE})$")


def _person_like(side: str) -> bool:
    words = side.replace(".", "").split()
    if words[0] in HONORIFICS or words[0] in TITLE_WORDS:
        words = words[1:]
    if words and words[-1].isupper():
        words = words[:-1]  # "SVD", "MSF": the letters after a name
    return len(words) >= 2 and not any(w in NOT_NAMES or w in COUNTRIES for w in words)


def is_name_pair_caption(line: str) -> bool:
    """Whether the line is two people's names joined by "and", and nothing else."""
    match = _PAIR.match(line.strip())
    return match is not None and _person_like(match["a"]) and _person_like(match["b"])
