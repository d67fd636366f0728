"""A body's name cut to the words the briefing itself calls it by: "Golden Arrow" for the answer
"Golden Arrow Bus Services", where the briefing also writes "ten Golden Arrow buses" and
"intimidating Golden Arrow". The article uses the short name, so a student who types it has named
the body. Read only for an answer of three words or more, for its first two words or more, all
capitalised, where a text of the briefing writes them without the answer's next word, at a question
that asks for a body ("which company", `body_initials.ASKS_BODY`) and no person, for an answer that
is no person's name; never a place's name ("Auglaize County" of the Auglaize County Emergency
Management Agency), nor a short name the gazetteer or the countries know as a place ("New York" of
"New York Times") or a people's word ("South African" of "South African National Taxi Council").
For `answer_reading.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.demonyms import PEOPLES
from bot.core.gazetteer import places_in
from bot.core.matching import countries_by_name, normalize

__all__ = ["leading_names_used"]

_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
# Words that end a place's name: a body named after the place is not the place.
_PLACE_KINDS = frozenset(
    "county city district province state region coast island islands town valley shire "  # noqa: SIM905
    "municipality parish borough village".split()
)


def leading_names_used(
    answers: Sequence[str], texts: Sequence[str], people: Sequence[str] = ()
) -> tuple[str, ...]:
    """The leading words of each right answer that `texts` write as a name of their own (not
    followed by the answer's next word); never of an answer that is one of `people`'s names,
    whose first words are given names ("Noor Hisham" of Noor Hisham Abdullah)."""
    found: list[str] = []
    persons = {normalize(name) for name in people}
    for answer in answers:
        words = answer.split()
        if len(words) < 3 or normalize(answer) in persons:
            continue
        for size in range(2, len(words)):
            lead = words[:size]
            if not all(_CAPITALISED.fullmatch(word) for word in lead):
                break
            alone = re.compile(rf"\b{re.escape(' '.join(lead))}\b(?!\s+{re.escape(words[size])}\b)")
            if not any(alone.search(text) for text in texts):
                continue
            name = " ".join(lead)
            norm = normalize(name)
            if norm.split()[-1] in _PLACE_KINDS:
                continue  # "Auglaize County" of its Emergency Management Agency: the county
            if places_in(norm) or norm in countries_by_name() or norm in _peoples():
                continue  # "New York" of "New York Times", "South African": a place or people
            found.append(name)
    return tuple(dict.fromkeys(found))


@functools.cache
def _peoples() -> frozenset[str]:
    return frozenset(normalize(word) for words in PEOPLES.values() for word in words)
