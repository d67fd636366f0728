"""Double quotation marks a page typed where it meant something else.

Two slips of keyboards and converters, each a mark glued between two words:
- an apostrophe typed as a double closing mark (`It”s horrible,” the governor said`,
  `the state”s roads`), or as a single opening one (`Gareth Southgate‘s replacement`, a
  converter's "smart" quote the wrong way round): a mark between a letter and the ending of
  a contraction or a possessive ("s", "t", "re", "ve", "ll", "d", "m") is no quotation mark
  at all; and a single opening mark between two letters of one word, a lowercase one after
  it, is no opening mark either: the glottal stop (ʻokina) of Hawaiian, Tongan and Samoan
  names typed as one (`Tu‘itupou`, `Nuku‘alofa`, `Hawai‘i`) opens no quote;
- a quote closed with an opening mark (`he said “he has no idea what they mean“referring to
  the leak.`): an opening mark glued to the words on both sides, met while a quote is open
  and with no mark after it in the paragraph, can only end the open quote;
- a closing mark typed on the wrong side of its space (`I want to congratulate India, ”said
  skipper Akbar.`, `... a stepping stone for us, “said the skipper`): a mark after a quote's
  last stop and a space, glued to a speech verb, ends the open quote (no quote opens with a
  lowercase "said"); so does one glued to a lowercase he/she/they and a speech verb that
  ends the clause (`... move their country forward, “he said.`: no quote opens with a
  lowercase "he said.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["apostrophe_slip", "closing_slip", "single_apostrophe_slip", "verb_glued_slip"]

_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[”\"](?:s|t|re|ve|ll|d|m)(?![A-Za-z])")
_SINGLE_APOSTROPHE = re.compile(
    r"(?<=[A-Za-z])‘(?:s|t|re|ve|ll|d|m)(?![A-Za-z])"
    r"|(?<=[^\W\d_])‘(?=[^\W\d_A-Z])"  # `Tu‘itupou`, `Hawai‘i`: a glottal stop (ʻokina)
)
_BEFORE_CLOSE = re.compile(r"[A-Za-z0-9.,;!?’']")
_STOP_AND_SPACE = re.compile(r"[,.!?…]\s+$")
_PRONOUN_THEN = re.compile(r"(?:he|she|they)\s+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;]|$)")


def apostrophe_slip(text: str, at: int) -> bool:
    """Whether the double mark at `at` stands for an apostrophe: glued after a letter and
    before a contraction's or a possessive's ending (`It”s`, `don”t`, `state”s`)."""
    return _APOSTROPHE.match(text, at) is not None


def single_apostrophe_slip(text: str, at: int) -> bool:
    """Whether the single opening mark at `at` stands for an apostrophe: glued after a letter
    and before a contraction's or a possessive's ending (`Tuchel‘s`, `don‘t`), or between a
    letter and a lowercase one inside a word (`Tu‘itupou`, an ʻokina)."""
    return _SINGLE_APOSTROPHE.match(text, at) is not None


def closing_slip(text: str, at: int, after: Sequence[tuple[int, str]]) -> bool:
    """Whether the opening mark at `at`, met while a quote is open, closes it: it is glued to
    a word or a stop before it and to a letter after it, and no mark follows it."""
    if after or text[at] != "“" or at == 0 or at + 1 >= len(text):
        return False
    return _BEFORE_CLOSE.fullmatch(text[at - 1]) is not None and text[at + 1].isalpha()


def verb_glued_slip(text: str, at: int, verb_after: re.Pattern[str]) -> bool:
    """Whether the mark at `at`, met while a quote is open, closes it though its spacing says
    it opens: a stop and a space before it, a speech verb glued after it (`India, ”said`),
    or a he/she/they and its speech verb (`Law 45/2009, "he said.`)."""
    after = text[at + 1 : at + 2]
    if not after.islower() or _STOP_AND_SPACE.search(text, max(0, at - 3), at) is None:
        return False
    if verb_after.match(text, at + 1) is not None:
        return True
    pronoun = _PRONOUN_THEN.match(text, at + 1)  # `... forward, “he said.`
    if pronoun is None:
        return False
    verb = verb_after.match(text, pronoun.end())
    return verb is not None and _CLAUSE_END.match(text, verb.end()) is not None
