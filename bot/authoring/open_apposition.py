"""An apposition after a speaker's name whose closing comma was left out before the verb.

`“...,” Ada Obi, Director of the Harbour Trust (HT) told the Gazette.`: the role set off by
one comma after the name still describes the name, and the verb after it is the name's; the
second comma, which careful copy would put before "told", is missing, a slip common in wire
and regional copy. Only a short role phrase with a role noun in it ("Director", "chair"),
made of names of bodies, "of", "the", "and" and a bracketed acronym, counts: "Ada Obi, Tunde
Bello and Efe Ume said" is a list (the caller also refuses a person named inside). Wire copy
describes a place in lowercase inside such a role ("governor of the southwestern state of
Ekiti", "executive director of the Harbour Trust"): role nouns, a few words of rank, kinds of
places and compass words count as well, and so does the one field word right after a role
noun and "of" ("head of health at the Red Cross"); any other lowercase word (a verb, a clause)
does not.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import PLACE_KEYWORDS, ROLE_NOUNS, words
from bot.authoring.role_noun import has_role_noun
from bot.authoring.roles import speech_verb_pattern

__all__ = ["past_open_apposition"]

_VERB = speech_verb_pattern()
# The phrase between the comma and the verb: words, "of", "the", "and", "&" and a bracketed
# acronym; no comma, no quotation mark, no sentence end.
_PHRASE = re.compile(r"[\w’'&-]+(?:\s+[\w’'&-]+){0,10}(?:\s+\([A-Z][A-Za-z]{1,7}\))?")
_JOINING = frozenset({"of", "the", "and", "for", "at", "in", "on", "&"})
# Lowercase words a role may hold besides role nouns: rank ("executive director") and where
# ("the southwestern state of Ekiti", "the northern city of Kano").
_RANKS = frozenset({"executive", "senior", "deputy", "assistant", "general", "chief", "acting"})
_COMPASS = words(
    """north south east west northern southern eastern western central coastal northeast
    northwest southeast southwest northeastern northwestern southeastern southwestern
    north-east north-west south-east south-west north-eastern north-western south-eastern
    south-western"""
)
_PLACES = frozenset(w.casefold() for w in PLACE_KEYWORDS) | {"city", "town", "country"}
_LOWER_OK = _JOINING | _RANKS | _COMPASS | _PLACES | ROLE_NOUNS


def past_open_apposition(rest: str) -> str:
    """The words after a name with an apposition left open skipped (", Director of the
    Harbour Trust (HT) told" gives " told"), when the apposition is a short role phrase
    and a speech verb follows it; else `rest` unchanged."""
    if not rest.startswith(", "):
        return rest
    verb = _VERB.search(rest, 2, 160)
    if verb is None:
        return rest
    phrase = rest[2 : verb.start()].strip()
    if not _PHRASE.fullmatch(phrase) or not has_role_noun(phrase):
        return rest
    # After its first word (the role: "Director", "chair"), only names of bodies and
    # their joining words: no verb, no clause ("whom Bello praised").
    parts = phrase.split()
    for i, word in enumerate(parts[1:], start=1):
        if not (
            word[:1].isupper()
            or word[:1] == "("
            or word.casefold() in _LOWER_OK
            or _field_of_role(parts, i)
        ):
            return rest
    return rest[verb.start() - 1 :]


def _field_of_role(parts: list[str], i: int) -> bool:
    """ "head of health", "director of operations": one lowercase word right after a role
    noun and "of" is the field the role covers, still the role."""
    return (
        i >= 2
        and parts[i - 1] == "of"
        and parts[i - 2].casefold() in ROLE_NOUNS
        and parts[i].isalpha()
        and parts[i].islower()
    )
