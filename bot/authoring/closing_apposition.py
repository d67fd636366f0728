"""An apposition that the sentence's full stop closes ("... attacked Ada Vole, the managing
editor of The Harbour Times." "... and Jonas Berg, Deputy Minister of Water Resources."): the
named person's role, when the phrase is a noun phrase with no verb of its own.

A phrase after a name that runs to the end of its sentence may be a clause of its own
("According to Doe, the owner found the dog."), so `roles.apposition_after` takes such a
phrase only in a few shapes. This one takes it when the name is not the sentence's subject
nor the end of an opening phrase ("According to Doe,", "For Doe,"), when the words before the
first link word ("of", "for", "at", "and" ...) end on a role noun ("the managing editor",
"Deputy Minister", "a former general secretary"), and when no word after that head is a verb, a
pronoun or an adverb ("the mayor of Varnholt resigned", "the owner found", "the mayor knew"
all fail: the word after the head is no link, or the tail has a verb form).
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import SPEECH_VERBS, words
from bot.authoring.roles import is_role_noun, role_from_phrase

__all__ = ["closing_apposition"]

# The phrase: a comma right after the name, then no other comma, stop, bracket, dash or mark
# before the sentence's end (a closing quote or bracket may stand after the stop).
_PHRASE = re.compile(r", (?P<phrase>[^,;:()\[\]“”\"—–!?]{2,160}?)\.?[\"”’)]?\s*$")
# Words that join a role's head to its body, portfolio or place, or to a second role.
_LINKS = words("of for at in and with on from to &")
# A sentence that opens with one of these names someone in a phrase that a new clause
# follows ("According to Doe, the owner found ...", "For Doe, the mayor's plan ...").
_OPENERS = words(
    """according as for with like unlike to from after before besides among despite thanks
    beside against under over by in on at if when while although though because since
    once unless until"""
)
# In the tail after the head, a word that makes the phrase a clause: an auxiliary, a modal,
# a pronoun subject, a relative word, a negation.
_VERBISH = words(
    """is was were are be been being has have had will would could should can may might must
    do does did he she it they we i you him them us me not who whom which that whose where
    when while than then also just later"""
)


def closing_apposition(text: str, sentence: tuple[int, int], name: tuple[int, int]) -> str | None:
    """The role in ", PHRASE." right after the `name` span, when PHRASE is a verbless noun
    phrase headed by a role noun and runs to the end of the `sentence` span."""
    if len(text[name[0] : name[1]].split()) < 2:
        return None  # "over Luganville, the country's second biggest settlement": a place
    prefix = text[sentence[0] : name[0]].split()
    if not any(w[:1].islower() for w in prefix):
        return None  # the name is the subject (or the whole line): a caption, a list's line
    if prefix[0].casefold().strip("“\"‘'(") in _OPENERS:
        return None  # "According to Doe, the owner found ...": an opening phrase
    match = _PHRASE.match(text, name[1], sentence[1])
    if match is None:
        return None
    phrase = match.group("phrase").strip()
    if not _verbless(phrase.split()):
        return None
    role, clause = role_from_phrase(phrase)
    return role if role and clause is None else None


def _role_head(word: str) -> bool:
    """A listed role noun, or a word with an occupation's ending ("hydrologist",
    "auctioneer"); not any word ending like one ("settlement", "river")."""
    return is_role_noun(word) or word.endswith(("ist", "eer"))


def _verbless(phrase: list[str]) -> bool:
    """Whether the words are a role's noun phrase: the words before the first link word end
    on a role noun, and no later word is a verb form, a pronoun or an adverb."""
    low = [w.casefold().strip(".’'") for w in phrase]
    first_link = next((k for k, w in enumerate(low) if w in _LINKS), len(low))
    if first_link == 0 or not _role_head(low[first_link - 1]):
        return False  # "the owner found the dog", "the mayor knew": no role noun heads it
    for word, raw in zip(low[first_link:], phrase[first_link:], strict=True):
        if word in _VERBISH or word in SPEECH_VERBS:
            return False
        if raw[:1].islower() and len(word) > 4 and word.endswith(("ed", "ly")):
            return False  # "of the club resigned", "of X specifically": a clause goes on
    return True
