"""Checks that keep a drafted question off a detail a teacher would strike out.

A number that is a label ("bus service 30", "one 357 magnum") or an hour ("at 9,"), a bound
of a range ("between _____ and 300"), an age in a list of names ("Jermaine O’Connor, 16;"),
a place that is half of a region ("south _____"), the head of a longer name ("North Wales
A&E"), an acronym ("in A&E"), a street ("Goldstone Close") or a storm ("Storm Claudio"), a
speaker that is a place, carries a photo credit ("Chris Carr Credit") or opens with a verb
of speech ("Said Warthen"), a quote that names
its speaker or is cut at a joining word ("and I will accept ...", "a talking shop and"), a
changed number that leaves the statement true ("at least 8,411" made "at least 8,000").
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import SPEECH_VERBS, place_kind, words

__all__ = [
    "a_bound_of_a_range",
    "a_clock_hour",
    "a_distance_to_a_place",
    "a_label_number",
    "age_in_a_list",
    "beyond_memory",
    "cut_at_a_joining_word",
    "half_of_a_region",
    "head_of_a_longer_name",
    "head_of_a_particle_name",
    "names_its_speaker",
    "not_a_place_name",
    "not_a_speaker",
    "one_name_two_ways",
    "part_of_a_name_after",
]

# "bus service 30", "route 66", "flight 370", "ward 5", "page 12": the number names a thing.
_LABEL_NOUNS = words(
    """service route bus flight number no. platform channel gate room line ward level grade
    chapter article section size tier exit bay pier terminal category stage phase episode
    season page highway interstate lot unit apartment aisle track lane form class model type
    version mark series round"""
)
# "one 357 magnum", "two 747 jets": a count already stands before the number.
_COUNT_WORDS = words("one two three four five six seven eight nine ten")


def a_label_number(text: str, start: int, end: int) -> bool:
    """Whether the number (plain digits, at most four) follows a label noun ("bus service
    _____") or a count word ("one _____ magnum"): it names a thing and counts nothing."""
    before = text[max(0, start - 20) : start]
    if not before.endswith(" ") or not (text[start:end].isdigit() and end - start <= 4):
        return False
    last = before.split()[-1] if before.split() else ""
    listed = _LABEL_LIST_BEFORE.search(text[max(0, start - 40) : start]) is not None
    return last.casefold() in _LABEL_NOUNS or last.casefold() in _COUNT_WORDS or listed


# "Sections 23(1) and _____", "routes 5, 7 and _____": the next label of a list of them.
_LABEL_LIST_BEFORE = re.compile(
    r"\b(?:sections|articles|chapters|clauses|counts|routes|wards|rules|pages)"
    r" [\d()a-z]+(?:, [\d()a-z]+)*,? (?:and|or) $",
    re.I,
)


_NUMBER_TAIL = r"[$€£¥]?\d[\d,.]*(?:\s?(?:million|billion|mm|cm|km|kg|%|per cent|percent))?"
# "between 200 and _____", "20 to _____", "_____ and 1,629 respectively".
_RANGE_AFTER = re.compile(rf"^\s?(?:[—–-]|to|and|or)\s?{_NUMBER_TAIL}")
_RANGE_BEFORE = re.compile(rf"(?<!from )\b{_NUMBER_TAIL}\s?(?:[—–-]|to|and|or)\s?$")


_MAX_SIGNIFICANT_DIGITS = 6


def beyond_memory(number: str) -> bool:
    """Whether a number has more significant digits than anyone learns ("265,850,450"
    shares): a count to the unit past a million, which tests the page, not the story."""
    whole = re.sub(r"\D", "", number.split(".")[0])
    return len(whole.strip("0")) > _MAX_SIGNIFICANT_DIGITS


def a_bound_of_a_range(text: str, start: int, end: int) -> bool:
    """Whether the number is one end of a range or of a pair ("between _____ and 300",
    "20 to _____ mm"): the other end gives it away and the blank tests a guess. A change
    ("from 170 to _____", "from _____ to 30") stays a fair question."""
    before = text[max(0, start - 30) : start]
    if _RANGE_AFTER.match(text[end : end + 30]):
        return not before.rstrip().casefold().endswith("from")
    return bool(_RANGE_BEFORE.search(before))


# "O’Connor, 16; Delano Sterling, 22 and Kemar Frazer, 26.": ages in a list of names.
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*[’']?, $")
_AGE_LIST_AFTER = re.compile(r"^(?:[;)]|\s(?:and|or)\s[A-Z‘'“\"]|\.?\s*$|\.\s)")


def age_in_a_list(text: str, start: int, end: int) -> bool:
    """Whether a number right after a name and a comma is that person's age."""
    before = text[max(0, start - 30) : start]
    return bool(_NAME_BEFORE.search(before)) and bool(_AGE_LIST_AFTER.match(text[end:]))


_COMPASS = words(
    """north south east west northern southern eastern western central north-east north-west
    south-east south-west northeast northwest southeast southwest mid upper lower far"""
)


def half_of_a_region(text: str, start: int) -> bool:
    """Whether a lowercase compass word stands before the place ("south _____"): the place is
    half of a region, which the ear completes, and a swap reads "south Chad"."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in _COMPASS


# "A&E", "ICU", "ED": a department or a body after "in", not a place.
_ACRONYM = re.compile(r"[A-Z][A-Z&]+")


def not_a_place_name(name: str) -> bool:
    """Whether a name found after "in" or "near" is no place: it holds an acronym ("A&E") or
    a known place with more words after it ("North Wales A&E"), or ends as a street does
    ("Goldstone Close"), or names a storm ("Storm Claudio")."""
    parts = name.split()
    street = bool(parts) and parts[-1].casefold().rstrip(".") in _STREET_WORDS
    storm = bool(parts) and parts[0] in _STORM_WORDS
    return (
        street or storm or any(_ACRONYM.fullmatch(w) for w in parts) or head_of_a_longer_name(name)
    )


# "due to Storm Claudio": a named storm, not a place.
_STORM_WORDS = words("Storm Hurricane Typhoon Cyclone Tropical")
# "Goldstone Close", "Chicago Street": a street, an address rather than a place to learn.
_STREET_WORDS = words(
    """street st road rd avenue ave lane drive dr boulevard blvd way court close crescent
    terrace place square parkway highway"""
)


def head_of_a_longer_name(name: str) -> bool:
    """Whether a name found as a place holds a known place with more words after it ("North
    Wales A&E", "Wales Millennium Centre"): a thing in the place, not the place."""
    parts = name.split()
    return place_kind(name) is None and any(
        place_kind(" ".join(parts[first:last]))
        for last in range(1, len(parts))
        for first in range(last)
    )


# "News Today at _____,", "met at _____ on Monday": an hour of the day with no "pm".
_AFTER_AN_HOUR = re.compile(r"^(?:[,.;]|\s(?:and|on|in|this|that|tonight|every|each)\b|$)")


def a_clock_hour(text: str, start: int, end: int) -> bool:
    """Whether a number from 1 to 12 after "at" is an hour of the day, not a quantity."""
    number = text[start:end]
    hour = number.isdigit() and 1 <= int(number) <= 12
    return hour and text[:start].endswith(" at ") and bool(_AFTER_AN_HOUR.match(text[end:]))


# "about _____ miles east of Toronto", "_____ km north-west of the capital": how far one
# place lies from another, a gazetteer's figure rather than the news.
_COMPASS_POINT = r"(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?"
_DISTANCE_AFTER = re.compile(
    rf"^\s?(?:km|kms|kilomet(?:re|er)s|miles|mi)\.?(?:\s(?:to\s(?:the\s)?)?{_COMPASS_POINT}(?:\sof|\swards)?)\b",
    re.IGNORECASE,
)


def a_distance_to_a_place(text: str, end: int) -> bool:
    """Whether the number ending at `end` is how far a place lies in a compass direction
    ("40 miles east of Toronto"), which no reader is meant to remember."""
    return bool(_DISTANCE_AFTER.match(text[end:]))


# Words a photo credit or a caption leaves glued to a name ("Chris Carr Credit").
_CREDIT_WORDS = words("Credit Credits Photo Photos Image Images Picture Supplied File Getty")


def not_a_speaker(name: str) -> bool:
    """Whether a figure's name is a known place ("Kuala Lumpur"), carries a credit word or
    opens with a verb of speech ("Said Warthen": no name starts with one)."""
    parts = name.split()
    return (
        place_kind(name) is not None
        or any(p in _CREDIT_WORDS for p in parts)
        or (len(parts) > 1 and parts[0].casefold() in SPEECH_VERBS)  # "Said Warthen: ..."
    )


def names_its_speaker(quote: str, name: str) -> bool:
    """Whether the quote names the person it is put to ("... that Sgt. Newberg should ..."):
    either the words are about them, said by someone else, or the quote gives the answer."""
    surname = name.split()[-1] if name.split() else ""
    return len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", quote) is not None


# "and I will accept nothing short of that goal.", "a talking shop and": a piece cut out of
# a sentence at a joining word, which reads as half a thought.
_CUT_AT_THE_START = re.compile(r"^(?:and|but|or|so|nor)\b")
_CUT_AT_THE_END = re.compile(r"\b(?:and|but|or|nor|the|a|an|of|to)[\s,;:…]*$")


def cut_at_a_joining_word(quote: str) -> bool:
    """Whether the quote starts or stops on a joining word: a fragment, not a statement."""
    return bool(_CUT_AT_THE_START.match(quote) or _CUT_AT_THE_END.search(quote))


# "plans submitted by 29 Sara", "at 10 Downing Street": a name the number opens. A plural
# ("40 Republicans"), a month or a unit after it leaves the number a count.
_NAME_AFTER = re.compile(r"^ [A-Z][a-z’'-]*[a-rt-z’'-]\b(?! ?\d)")
_NOT_A_NAME_AFTER = words(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday"""
)


def part_of_a_name_after(text: str, start: int, end: int) -> bool:
    """Whether a plain number inside the sentence opens a capitalised name ("by _____
    Sara", the company 29 Sara): it counts nothing, and its wrong choices are no names."""
    name = _NAME_AFTER.match(text[end : end + 30])
    if name is None or not text[start:end].isdigit() or not text[:start].strip():
        return False
    return name.group(0).strip() not in _NOT_A_NAME_AFTER


def one_name_two_ways(name: str, other: str) -> bool:
    """Whether two names may be one person's ("Joe Santos", "Joseph Santos"): the same
    surname after first names that open alike. ("Tony Collins", "Twyla Collins" are two.)"""
    mine, theirs = name.casefold().split(), other.casefold().split()
    if len(mine) < 2 or len(theirs) < 2 or mine[-1] != theirs[-1]:
        return False
    return mine[0][:2] == theirs[0][:2]


# "Dar es Salaam", "Rio de Janeiro", "Ras al Khaimah": a place's name that goes on past a
# small lowercase word; its first word alone is no place, and a swap reads "God es Salaam".
_PARTICLE_THEN_NAME = re.compile(
    r"^ (?:es|de|del|della|da|das|do|dos|di|du|la|le|el|al|upon|sur|bin|ibn) [A-Z]"
)


def head_of_a_particle_name(text: str, end: int) -> bool:
    """Whether the detail ending at `end` is the first word of a name with a particle."""
    return _PARTICLE_THEN_NAME.match(text[end : end + 12]) is not None
