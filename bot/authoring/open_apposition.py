"""An apposition after a speaker's name whose closing comma was left out before the verb.

`“...,” Ada Obi, Director of the Harbour Trust (HT) told the Gazette.`: the role set off by
one comma after the name still describes the name, and the verb after it is the name's; the
second comma, which careful copy would put before "told", is missing, a slip common in wire
and regional copy. Only a short role phrase with a role noun in it ("Director", "chair"),
made of names of bodies, "of", "the", "and" and a bracketed acronym, counts: "Ada Obi, Tunde
Bello and Efe Ume said" is a list (the caller also refuses a person named inside).
"""

from __future__ import annotations

import re

from bot.authoring.cues import has_role_noun
from bot.authoring.roles import speech_verb_pattern

__all__ = ["past_open_apposition"]

_VERB = speech_verb_pattern()
# The phrase between the comma and the verb: words, "of", "the", "and", "&" and a bracketed
# acronym; no comma, no quotation mark, no sentence end.
_PHRASE = re.compile(r"[\w’'&-]+(?:\s+[\w’'&-]+){0,10}(?:\s+\([A-Z][A-Za-z]{1,7}\))?")
_LOWER_OK = frozenset({"of", "the", "and", "for", "at", "in", "on", "&"})


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
    for word in phrase.split()[1:]:
        if not (word[:1].isupper() or word[:1] == "(" or word.casefold() in _LOWER_OK):
            return rest
    return rest[verb.start() - 1 :]
