"""Words of a right answer that students leave out without changing what it names: a
possessive or a possessor before it ("shoulder" for "his shoulder", "first term" for "her first
term", "fitness levels" for "the players' fitness levels"), the "with a" of a manner ("header"
for "with a header"), the "in the" or "at a" that says where or when ("morning" for "in the
morning", "landfill" for "at a landfill"), the "last" of a weekday ("wednesday" for "last
Wednesday"), a football club's "United", "FC" or "AFC" after its town ("peterborough" for
"Peterborough United"), and either half of a name written with its
initials in brackets ("NPDC" or "Nigeria Petroleum Development Company" for "Nigeria Petroleum
Development Company (NPDC)"); for `matching.is_correct`.

Each shorter form keeps at least one word of the answer's own, so it names the same thing; a
wrong word in its place ("his arm", "peterborough city") still differs from it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["shorter_forms"]

# An opening that says whose the thing is: "his", "their", "the players'"; a capital's
# possessor belongs to a name ("People's Republic of China"), so it stays.
_POSSESSIVE = re.compile(
    r"^(?:(?i:his|her|their|its|my|our|your)\s+|(?:[Tt]he\s+)?[a-z]+(?:s'|'s|’s|s’)\s+)"
)
# The opening of a manner: "with a header", "by a penalty".
_MANNER = re.compile(r"^(?:with|by)\s+(?:a|an|the|his|her|their)\s+", re.IGNORECASE)
# The opening of where or when: "in the morning", "at a landfill", "on the other side".
_WHERE_OR_WHEN = re.compile(r"^(?:in|at|on)\s+(?:a|an|the)\s+", re.IGNORECASE)
# A name with its initials in brackets after it: "Civil Protection Agency (CPA)".
_INITIALS_AFTER = re.compile(r"^(.+?)\s*\(([A-Z][A-Z&]{1,7})\)$")
# A weekday said relative to the article's day ("last Wednesday", as 51 labelled real articles
# write one): the weekday alone names the same day of the story's week.
_LAST_WEEKDAY = re.compile(
    r"^(?:since\s+|on\s+)?last\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)$", re.IGNORECASE
)
# A football club's kind after its town's name.
_CLUB = re.compile(r"^([^\W\d_][\w'’ .-]*?)\s+(?:united|utd|fc|afc)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _forms(right: str) -> tuple[str, ...]:
    text = right.strip()
    forms = []
    for opening in (_POSSESSIVE, _MANNER, _WHERE_OR_WHEN):
        if (match := opening.match(text)) and text[match.end() :].strip():
            rest = text[match.end() :].strip()
            forms += [rest, f"the {rest}", f"a {rest}"]
            if opening is _WHERE_OR_WHEN:  # "at the landfill" for "at a landfill"
                word = text.split()[0].lower()
                forms += [f"{word} the {rest}", f"{word} a {rest}"]
    if match := _LAST_WEEKDAY.match(text):
        forms.append(match.group(1))  # "wednesday" for "last Wednesday"; "thursday" differs
    if match := _CLUB.match(text):
        forms.append(match.group(1))  # "fc" after it is read past, "utd" is "united"
    if (match := _INITIALS_AFTER.match(text)) and _initials_of(match.group(2), match.group(1)):
        forms += [match.group(1), match.group(2)]
    return tuple(forms)


def _initials_of(initials: str, name: str) -> bool:
    """Whether `initials` are the first letters of words of `name`, in order ("NPDC" of Nigeria
    Petroleum Development Company; "KRG" of Kurdistan Regional Government), so the brackets
    abbreviate the name rather than add a detail."""
    firsts = iter(word[0].upper() for word in re.findall(r"[^\W\d_]+", name))
    return all(letter in firsts for letter in initials.replace("&", ""))


def shorter_forms(rights: Sequence[str]) -> tuple[str, ...]:
    """The right answers' forms without what students leave out, none already among them."""
    seen = {right.casefold() for right in rights}
    found: list[str] = []
    for right in rights:
        for form in _forms(right):
            if form.casefold() not in seen:
                seen.add(form.casefold())
                found.append(form)
    return tuple(found)
